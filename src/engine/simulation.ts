/**
 * One run: its state (runState.ts, plain data) advanced a month at a time by
 * the mechanisms in `mechanisms/`, in the order of docs/ODD.md §3. The class has no
 * loop or timer of its own: Node and the browser drive the same `step()`;
 * `runScenario` is the plain loop.
 */
import { observeMonth, type MonthSnapshot } from './collector.ts';
import { collectResult } from './collectResult.ts';
import { createRunState, type RunOptions } from './createRunState.ts';
import { applyEventEffects } from './mechanisms/applyEventEffects.ts';
import { intervene } from './mechanisms/intervene.ts';
import { lendBetweenPlaces } from './mechanisms/lendBetweenPlaces.ts';
import { meetAndAttend } from './mechanisms/meetAndAttend.ts';
import { payEventCosts } from './mechanisms/payEventCosts.ts';
import { payExecutive } from './mechanisms/payExecutive.ts';
import { payMonth } from './mechanisms/payMonth.ts';
import { planYear } from './mechanisms/planYear.ts';
import { stepFlows } from './mechanisms/stepFlows.ts';
import { yearEndFinance } from './mechanisms/yearEndFinance.ts';
import { recover } from './financeRules.ts';
import type { RunResult } from './result.ts';
import type { RunState } from './runState.ts';
import type { Scenario } from './scenarioSchema.ts';
import { closeYear } from './yearEnd.ts';

export type { RunOptions } from './createRunState.ts';

/** A simulation in progress. */
export class Simulation {
  /** The run's state: plain data (see runState.ts); `checkpoint` saves it. */
  state: RunState;

  constructor(scenario: Scenario, options: RunOptions = {}) {
    this.state = createRunState(scenario, options);
  }

  get scenario(): Scenario {
    return this.state.scenario;
  }
  get seed(): string | number {
    return this.state.seed;
  }
  get totalMonths(): number {
    return this.state.totalMonths;
  }
  /** Months completed. */
  get month(): number {
    return this.state.month;
  }
  /** True when every month has run. */
  get done(): boolean {
    return this.state.month >= this.state.totalMonths;
  }

  /**
   * Advances one month: the steps of docs/ODD.md §3's table, numbered as
   * there (tests/engine/schedule.test.ts checks the calls and their order).
   * @returns the month's snapshot (for streaming to a chart)
   */
  step(): MonthSnapshot {
    if (this.done) throw new Error('the simulation has finished');
    const st = this.state;
    const m = st.month;
    const year = Math.floor(m / 12);
    const april = m % 12 === 0;
    const march = m % 12 === 11;
    st.ledger.beginMonth(m); // 1. the ledger opens the month
    applyEventEffects(st, m); // 2. events
    meetAndAttend(st, m); // 3. general practice meets; representatives attend or not
    if (april) planYear(st, year); // 4. the planning round
    stepFlows(st, m); // 5. demand and flows
    payMonth(st, m); // 6. money: allocations, contracts, activity, costs
    payEventCosts(st, m);
    payExecutive(st, m % 12);
    recover(st.ledger, st.recoveries); // backstop recoveries
    lendBetweenPlaces(st, m); // 7. loans in the forecast month
    if (march) yearEndFinance(st, year); // 8. year-end rules
    st.ledger.audit(); // 9. audit
    const snapshot = observeMonth(st, m); // 10. observation
    if (march) {
      closeYear(st.scenario, st.world, st.ledger, year, st.years); // 11. year end: accounts close
      intervene(st, year);
    }
    st.month++;
    return snapshot;
  }

  /** Runs to the end and returns the result. */
  run(): RunResult {
    while (!this.done) this.step();
    return this.result();
  }

  /** The result of the months run so far. */
  result(): RunResult {
    return collectResult(this.state);
  }
}

/** Runs a validated scenario from start to end. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  return new Simulation(scenario, options).run();
}
