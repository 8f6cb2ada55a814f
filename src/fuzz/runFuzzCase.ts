/**
 * One fuzz case run through validation and, when valid, the engine, and
 * classified: passed, or the first thing that went wrong.
 */
import { applyVariant, LedgerError, parseScenario, ScenarioError, type Scenario } from '../engine/index.ts';
import { checkResult } from './checkResult.ts';
import { runLongRun } from './runLongRun.ts';
import type { FuzzCase } from './fuzzCase.ts';

/** What happened to a case. */
export type Outcome =
  | 'passed'
  /** A valid case rejected by validation (naming its fields): a generator that strays, or validation stricter than the schema says. */
  | 'rejectedValid'
  /** An invalid case rejected, naming the mutated field. */
  | 'rejected'
  /** A valid case whose money outgrew exact counting (about £90 trillion in one account): stopped cleanly with a ScaleError, as the CLI does (exit 2), with every check holding over the months before the stop. */
  | 'beyondScale'
  | 'crash'
  | 'ledger'
  | 'nonFinite'
  | 'bound'
  /** A rejection that does not name the field. */
  | 'rejectionWithoutField'
  /** An invalid case that validation accepted. */
  | 'acceptedInvalid';

/** A case's outcome with the detail to reproduce and read it. */
export interface CaseReport {
  outcome: Outcome;
  detail: string;
  ms: number;
}

/** True for the outcomes that are failures of icsim. */
export function isFailure(o: Outcome): boolean {
  return o !== 'passed' && o !== 'rejected' && o !== 'rejectedValid' && o !== 'beyondScale';
}

const oneLine = (e: unknown) => `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).replace(/\s*\n\s*/g, '; ')}`;

/** Runs one case. */
export function runFuzzCase(c: FuzzCase): CaseReport {
  const t0 = performance.now();
  const done = (outcome: Outcome, detail = ''): CaseReport => ({ outcome, detail, ms: performance.now() - t0 });
  let scenario: Scenario;
  try {
    const data = c.kind === 'valid' && c.variant !== 'base' ? applyVariant(c.raw, c.variant) : c.raw;
    scenario = parseScenario(data, 'fuzz');
  } catch (e) {
    if (!(e instanceof ScenarioError)) return done('crash', `validation threw ${oneLine(e)}`);
    const unnamed = e.issues.filter((i) => !i.path || !i.message);
    if (unnamed.length) return done('rejectionWithoutField', e.message);
    if (c.kind === 'valid') return done('rejectedValid', e.message);
    const named = e.issues.some((i) => i.path === c.field || i.path.includes(c.field) || c.field.startsWith(`${i.path}.`) || c.field.startsWith(`${i.path}[`));
    return named ? done('rejected') : done('rejectionWithoutField', `expected ${c.field} to be named; got ${e.message}`);
  }
  if (c.kind === 'invalid') return done('acceptedInvalid', `${c.mutation} was accepted`);
  let run;
  try {
    run = runLongRun(scenario, { seed: c.runSeed });
  } catch (e) {
    return done(e instanceof LedgerError ? 'ledger' : 'crash', oneLine(e));
  }
  // A run stopped by a ScaleError is still checked over the months before the stop: a runaway
  // over a long horizon ends there, and its broken bounds come first.
  const violations = checkResult(run.result, scenario);
  const stop = run.stopped ? `before money outgrew exact counting in month ${run.months} (${run.stopped.slice(0, 200)}): ` : '';
  if (violations.length) {
    const v = violations[0]!;
    return done(v.check, stop + violations.map((x) => x.message).slice(0, 3).join('; '));
  }
  return run.stopped ? done('beyondScale', run.stopped) : done('passed');
}
