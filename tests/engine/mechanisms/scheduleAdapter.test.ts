/**
 * The mechanisms' unit tests call the month's schedule through one adapter
 * (tests/helpers/mechanismCall.ts). It must stay the schedule
 * `Simulation.step()` runs: thirteen months through the adapter leave the
 * same ledger and stocks as thirteen steps.
 */
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/engine/simulation.ts';
import { advanceTo } from '../../helpers/mechanismCall.ts';
import { smallScenario, smallState } from '../../helpers/smallState.ts';

describe('the mechanisms’ adapter', () => {
  it('runs the months as Simulation.step() does, to the penny', () => {
    // Every step has work: delegated budgets, an executive, events with costs, loans, linked finances.
    const over = {
      'finance.rule': 'linked',
      'governance.devolution.mode': 'delegated',
      'governance.gp.mode': 'unified+executive',
      'governance.gp.executive.clinicalHours': 20,
      'finance.loans.forecastMonth': 1,
      events: [
        { type: 'investment', target: 'north', month: 1, durationMonths: 3, magnitude: 0.1, cost: 100_000 },
        { type: 'reorganisation', target: 'community', month: 2, magnitude: 0.1, cost: 50_000 },
        { type: 'acuteOverperformance', target: 'acute', month: 0, magnitude: 0.05 },
      ],
    };
    const sim = new Simulation(smallScenario(over), { seed: 1 });
    for (let m = 0; m < 13; m++) sim.step();
    const st = smallState(over);
    advanceTo(st, 13);
    expect(st.ledger.size).toBe(sim.state.ledger.size);
    // The same transfers in the same order.
    for (let i = 0; i < st.ledger.size; i++) expect(st.ledger.get(i)).toEqual(sim.state.ledger.get(i));
    expect(st.loanBook).toEqual(sim.state.loanBook);
    expect(st.executive).toEqual(sim.state.executive);
    expect([...st.ledger.balances]).toEqual([...sim.state.ledger.balances]);
    expect(st.world.places.map((p) => p.stocks)).toEqual(sim.state.world.places.map((p) => p.stocks));
    expect(st.years).toEqual(sim.state.years);
  });
});
