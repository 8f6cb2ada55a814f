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
    const over = { 'finance.rule': 'linked' };
    const sim = new Simulation(smallScenario(over), { seed: 1 });
    for (let m = 0; m < 13; m++) sim.step();
    const st = smallState(over);
    advanceTo(st, 13);
    expect(st.ledger.size).toBe(sim.state.ledger.size);
    expect([...st.ledger.balances]).toEqual([...sim.state.ledger.balances]);
    expect(st.world.places.map((p) => p.stocks)).toEqual(sim.state.world.places.map((p) => p.stocks));
    expect(st.years).toEqual(sim.state.years);
  });
});
