/**
 * One run: its state (runState.ts, plain data) advanced a month at a time by
 * the mechanisms in `mechanisms/`, in the order of the schedule (schedule.ts,
 * docs/ODD.md §3). The class has no
 * loop or timer of its own: Node and the browser drive the same `step()`;
 * `runScenario` is the plain loop.
 */
import type { MonthSnapshot } from './collector.ts';
import { collectResult } from './collectResult.ts';
import { createRunState, type RunOptions } from './createRunState.ts';
import type { RunResult } from './result.ts';
import type { RunState } from './runState.ts';
import type { Scenario } from './scenarioSchema.ts';
import { isDue, SCHEDULE } from './schedule.ts';

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
   * Advances one month: the steps of the schedule (schedule.ts, docs/ODD.md
   * §3's table) that are due this month, in order.
   * @returns the month's snapshot (for streaming to a chart)
   */
  step(): MonthSnapshot {
    if (this.done) throw new Error('the simulation has finished');
    const st = this.state;
    const m = st.month;
    let snapshot: MonthSnapshot | undefined;
    for (const s of SCHEDULE) if (isDue(s.when, st, m)) snapshot = s.run(st, m) ?? snapshot;
    if (!snapshot) throw new Error('the schedule has no observation step');
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
