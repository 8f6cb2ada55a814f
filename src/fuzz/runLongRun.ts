/**
 * A long run for issue 21's checks (checkLongRun.ts): the scenario
 * stepped a month at a time, each simulated year timed, and the months run
 * so far kept when money outgrows exact counting (a ScaleError, which is
 * where a runaway ends), so that the years before the stop can be checked.
 */
import { ScaleError, Simulation, type RunOptions, type RunResult, type Scenario } from '../engine/index.ts';

/** What a long run gave. */
export interface LongRun {
  /** The result of the months run: all of them, or those before the stop. */
  result: RunResult;
  /** Months completed. */
  months: number;
  /** The ScaleError's message (one line) when money outgrew exact counting; undefined when the run finished. */
  stopped: string | undefined;
  /** Wall time of each simulated year completed (ms), in order. */
  yearMs: number[];
}

/**
 * Runs `scenario` to its end (or to a ScaleError). Any other error is
 * thrown: a ledger break or a crash is a fault, not a runaway.
 */
export function runLongRun(scenario: Scenario, options: RunOptions = {}): LongRun {
  const sim = new Simulation(scenario, options);
  const yearMs: number[] = [];
  let stopped: string | undefined;
  let t = performance.now();
  try {
    while (!sim.done) {
      sim.step();
      if (sim.month % 12 === 0) {
        const now = performance.now();
        yearMs.push(now - t);
        t = now;
      }
    }
  } catch (e) {
    if (!(e instanceof ScaleError)) throw e;
    stopped = `${e.name}: ${e.message.replace(/\s*\n\s*/g, '; ')}`;
  }
  return { result: sim.result(), months: sim.month, stopped, yearMs };
}
