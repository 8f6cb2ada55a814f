/**
 * The simulation API: one plain object with plain-data methods, built here
 * once and exposed unchanged by the browser worker (`workers/sim.worker.ts`)
 * and the Node worker (`workers/sim.node-worker.ts`), or called in-process.
 *
 * A run is pull-based: `start()` builds it, each `next(n)` advances up to n
 * months and returns their snapshots packed in transferable typed arrays.
 * The caller paces the run (pause = stop pulling, step = `next(1)`,
 * speed = batch size and delay), so the worker never floods the page.
 */
import { ORG_KINDS, runScenario, Simulation, VERSION, type OrgKind, type RunResult, type ScenarioIssue, type Summary } from '../engine/index.ts';
import { prepareScenario, type Overrides } from './prepareScenario.ts';
import { nextBatch, startInfo, type StartInfo } from './runSteps.ts';
import type { SnapshotBatch } from './snapshotBatch.ts';

/** How a run is set up. */
export interface StartOptions {
  /** Seed; defaults to the scenario's. */
  seed?: string | number;
  /** Years; defaults to the scenario's. */
  years?: number;
  /** Dotted-path overrides applied before validation. */
  overrides?: Overrides;
}

export type { StartInfo, TrackedOrg } from './runSteps.ts';

/** The result of `validate()`. */
export interface Validation {
  ok: boolean;
  issues: ScenarioIssue[];
}

/** What one replication of a comparison returns: small enough to gather hundreds. */
export interface ReplicationDigest {
  seed: string | number;
  summary: Summary;
  /** Month labels and the monthly series compared across arms. */
  month: string[];
  monthly: { bedsOccupied: number[]; delayedDischarges: number[] };
  /** Balances at the end of the run, summed by kind of organisation (GBP). */
  finalBalanceByKind: Partial<Record<OrgKind | 'practices', number>>;
}

/** Options of `replicate()`. */
export interface ReplicateOptions {
  seeds: Array<string | number>;
  years?: number;
  overrides?: Overrides;
}

/** Options of `summarise()`: design points as overrides, and the seeds run at each. */
export interface SummariseOptions {
  points: Overrides[];
  seeds: Array<string | number>;
}

/** The result's large row arrays, which `resultHead` leaves empty and `resultRows` gives in slices. */
export type SlicedRows = 'years' | 'organisations';

/** What `resultHead` gives: the result with its row arrays empty, how many rows each holds, and the read's id for `resultRows`. */
export interface ResultHead {
  head: RunResult;
  rows: Record<SlicedRows, number>;
  read: number;
}

/** Thrown across the worker boundary when a scenario is invalid. */
export class InvalidScenarioError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'InvalidScenarioError';
  }
}

function digest(r: RunResult): ReplicationDigest {
  const finalBalanceByKind: ReplicationDigest['finalBalanceByKind'] = {};
  for (const b of r.series.balances) {
    const v = b.values[b.values.length - 1] ?? 0;
    finalBalanceByKind[b.kind] = (finalBalanceByKind[b.kind] ?? 0) + v;
  }
  return {
    seed: r.meta.seed,
    summary: r.summary,
    month: r.series.month,
    monthly: { bedsOccupied: r.series.bedsOccupied, delayedDischarges: r.series.delayedDischarges },
    finalBalanceByKind,
  };
}

/**
 * Builds a fresh API object with its own current run. Every method takes and
 * returns plain data, so it can be proxied by comlink.
 */
export function createSimApi() {
  let sim: Simulation | null = null;
  let setup: { raw: unknown; options: StartOptions } | null = null;
  /** The row arrays of the result last read with `resultHead`, for `resultRows`, and that read's id. */
  let heldRows: Pick<RunResult, SlicedRows> | null = null;
  let reads = 0;

  const build = (raw: unknown, options: StartOptions) => {
    const p = prepareScenario(raw, options.overrides);
    if (!p.ok) return p;
    return { ok: true as const, sim: new Simulation(p.scenario, { seed: options.seed, years: options.years }) };
  };

  return {
    /** The engine's version. */
    version(): string {
      return VERSION;
    },

    /** Checks raw scenario data (or JSON text) with overrides; never throws. */
    validate(raw: unknown, overrides: Overrides = {}): Validation {
      const p = prepareScenario(raw, overrides);
      return p.ok ? { ok: true, issues: [] } : { ok: false, issues: p.issues };
    },

    /** Builds a new run (discarding any current one). Invalid input gives the issues. */
    start(raw: unknown, options: StartOptions = {}): StartInfo {
      sim = null;
      setup = null;
      const b = build(raw, options);
      if (!b.ok) return b;
      sim = b.sim;
      setup = { raw, options };
      return startInfo(sim);
    },

    /** Advances the current run by up to `maxMonths` months. */
    next(maxMonths = 12): SnapshotBatch {
      if (!sim) throw new Error('no run has been started');
      return nextBatch(sim, maxMonths);
    },

    /** Months completed by the current run, or -1 when there is none. */
    month(): number {
      return sim ? sim.month : -1;
    },

    /** Starts the current run again from month 0 with the same inputs. */
    reset(): StartInfo | null {
      if (!setup) return null;
      const b = build(setup.raw, setup.options);
      if (!b.ok) return b;
      sim = b.sim;
      return startInfo(sim);
    },

    /** The result of the months run so far (a copy), or null. */
    result(): RunResult | null {
      return sim ? (JSON.parse(JSON.stringify(sim.result())) as RunResult) : null;
    },

    /**
     * The result like `result()`, with its row arrays `years` and `organisations` empty (in their places):
     * they are kept for `resultRows`, which the page reads in slices, so that no message takes its main thread
     * long to read (a national run's result is 3 MB, mostly these rows). Null when there is no run.
     */
    resultHead(): ResultHead | null {
      heldRows = null;
      if (!sim) return null;
      const r = JSON.parse(JSON.stringify(sim.result())) as RunResult;
      heldRows = { years: r.years, organisations: r.organisations };
      return { head: { ...r, years: [], organisations: [] }, rows: { years: r.years.length, organisations: r.organisations.length }, read: ++reads };
    },

    /**
     * Rows `from` to `to` (excluded) of a row array of the result read with `resultHead` as `read`.
     * @throws Error when no result has been read with `resultHead`, or another read has begun since
     * (its rows are of another moment of the run, and would mix with this read's)
     */
    resultRows<K extends SlicedRows>(read: number, key: K, from: number, to: number): RunResult[K] {
      if (!heldRows) throw new Error('no result has been read with resultHead');
      if (read !== reads) throw new Error(`result read ${read} was overtaken by read ${reads}: read the result again`);
      return heldRows[key].slice(from, to) as RunResult[K];
    },

    /**
     * Takes over a run built elsewhere from the same inputs (the browser worker's fast start of the
     * bundled default model, `fastStartApi.ts`), as if `start(raw, options)` had built it.
     */
    adopt(run: Simulation, raw: unknown, options: StartOptions = {}): void {
      sim = run;
      setup = { raw, options };
    },

    /** Discards the current run. */
    clear(): void {
      sim = null;
      setup = null;
    },

    /**
     * Runs a scenario to the end in one call.
     * @throws InvalidScenarioError naming every bad field
     */
    run(raw: unknown, options: StartOptions = {}): RunResult {
      const p = prepareScenario(raw, options.overrides);
      if (!p.ok) throw new InvalidScenarioError(p.issues);
      return runScenario(p.scenario, { seed: options.seed, years: options.years });
    },

    /**
     * Runs one replication per seed (for comparisons).
     * @throws InvalidScenarioError naming every bad field
     */
    replicate(raw: unknown, options: ReplicateOptions): ReplicationDigest[] {
      const p = prepareScenario(raw, options.overrides);
      if (!p.ok) throw new InvalidScenarioError(p.issues);
      return options.seeds.map((seed) => digest(runScenario(p.scenario, { seed, years: options.years })));
    },

    /**
     * Runs the scenario at each design point (its overrides) once per seed,
     * keeping the summary only, as a sweep row does (for sensitivity screens).
     * Returns the summaries by point, then by seed.
     * @throws InvalidScenarioError naming the point's bad fields
     */
    summarise(raw: unknown, options: SummariseOptions): Summary[][] {
      return options.points.map((overrides) => {
        const p = prepareScenario(raw, overrides);
        if (!p.ok) throw new InvalidScenarioError(p.issues);
        return options.seeds.map((seed) => runScenario(p.scenario, { seed, summaryOnly: true }).summary);
      });
    },

    /** The organisation kinds, in report order. */
    kinds(): readonly string[] {
      return ORG_KINDS;
    },
  };
}

/** The API as seen by callers (local or through comlink). */
export type SimApi = ReturnType<typeof createSimApi>;
