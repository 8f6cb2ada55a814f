/**
 * The data of a scenario discovery: one row of inputs per design point and
 * whether the stated outcome holds there, from a sweep (or sensitivity)
 * file or from the JSON of `npm run robustness`. The outcome is one of
 *
 * - a threshold on a metric: the mean over the point's replications (of one
 *   variant) compared with a value, e.g. `outcomes.deficit>0.5`;
 * - a paired effect's sign: the 95% t interval of the mean difference
 *   between two variants, paired by replication (common random numbers),
 *   lies wholly on the stated side of zero, e.g. `gpInfluence:delegated>centralised`;
 * - a robustness pattern's verdict at each of its design points.
 *
 * The inputs are the sweep's varied paths with numeric values (others are
 * left out and named), or the robustness run's parameters.
 */
import seedrandom from 'seedrandom';
import { describe } from '../stats/describe.ts';
import { latinHypercube } from './designs/latinHypercube.ts';
import { valueOf, type RangedParameter } from './parameterSpace.ts';
import { sensitivityOf } from './sensitivityPlan.ts';
import { SweepError } from './SweepError.ts';
import type { SweepRuns } from './readSweepRuns.ts';

/** A comparison operator of a threshold. */
export type Comparison = '>' | '>=' | '<' | '<=';

/** What counts as a case of interest. */
export type DiscoveryOutcome =
  | { kind: 'threshold'; metric: string; op: Comparison; value: number; variant?: string }
  | { kind: 'effect'; metric: string; option: string; baseline: string; side: '>' | '<' }
  | { kind: 'pattern'; id: string; verdict: PatternVerdict };

/**
 * A pattern's verdict at a point as npm run robustness gives it (its 95% interval on the claimed side: holds;
 * on the other: reversed; else unclear), its negation (fails), or the side of the point's mean effect alone
 * (same-side: the mean lies on the claimed side), which needs fewer replications to tell.
 */
export type PatternVerdict = 'holds' | 'reversed' | 'unclear' | 'fails' | 'same-side';

/** The data PRIM runs on. */
export interface DiscoveryData {
  /** What the outcome is, in words. */
  outcome: string;
  /** Input paths (columns of x). */
  names: string[];
  /** Each input's range in the design where known (else the data's). */
  ranges: Array<{ lo: number; hi: number } | undefined>;
  x: number[][];
  y: boolean[];
  /** Inputs left out, with the reason. */
  skipped: string[];
  /** Design points without the runs the outcome needs. */
  pointsWithout: number;
}

const OPS: Comparison[] = ['>=', '<=', '>', '<'];

/**
 * Parses `METRIC OP VALUE` (e.g. `outcomes.deficit>0.5`) or, with
 * `:OPTION>BASELINE`, a paired effect (`gpInfluence:delegated>centralised`).
 * @throws SweepError saying what is expected
 */
export function parseOutcome(text: string, variant?: string): DiscoveryOutcome {
  const effect = /^\s*([^:<>=\s]+)\s*:\s*([^<>=]+?)\s*([<>])\s*([^<>=]+?)\s*$/.exec(text);
  if (effect) return { kind: 'effect', metric: effect[1]!, option: effect[2]!, baseline: effect[4]!, side: effect[3] as '>' | '<' };
  for (const op of OPS) {
    const at = text.indexOf(op);
    if (at <= 0) continue;
    const metric = text.slice(0, at).trim();
    const value = Number(text.slice(at + op.length).trim());
    if (metric && Number.isFinite(value) && text.slice(at + op.length).trim() !== '') return { kind: 'threshold', metric, op, value, ...(variant ? { variant } : {}) };
  }
  throw new SweepError(`--where ${text}: expected METRIC>VALUE (or >=, <, <=), e.g. "outcomes.deficit>0.5", or a paired effect METRIC:OPTION>BASELINE, e.g. "gpInfluence:delegated>centralised"`);
}

/** The outcome in words. */
export function outcomeText(o: DiscoveryOutcome): string {
  if (o.kind === 'threshold') return `mean ${o.metric}${o.variant ? ` (${o.variant})` : ''} ${o.op} ${o.value}`;
  if (o.kind === 'effect') return `${o.metric} ${o.side === '>' ? 'higher' : 'lower'} under ${o.option} than under ${o.baseline} (95% paired interval excludes 0)`;
  return `pattern ${o.id} ${verdictText(o.verdict)}`;
}

const verdictText = (v: PatternVerdict) => (v === 'fails' ? 'does not hold' : v === 'holds' ? 'holds' : v === 'same-side' ? 'has its mean effect on the claimed side' : `is ${v}`);

const compare = (v: number, op: Comparison, t: number) => (op === '>' ? v > t : op === '>=' ? v >= t : op === '<' ? v < t : v <= t);

/**
 * Discovery data from the runs of a sweep file (or its shards).
 * @throws SweepError when a metric or variant is not in the file, or no input is numeric
 */
export function discoveryFromSweep(runs: SweepRuns, outcome: DiscoveryOutcome, label: string): DiscoveryData {
  if (outcome.kind === 'pattern') throw new SweepError(`${label}: --pattern needs the JSON of npm run robustness; a sweep file takes --where`);
  const h = runs.header;
  const variants = h.variants;
  const need = outcome.kind === 'effect' ? [outcome.option, outcome.baseline] : [outcome.variant ?? variants[0]!];
  for (const v of need) if (!variants.includes(v)) throw new SweepError(`${label}: variant ${v} is not in this sweep (variants: ${variants.join(', ')})`);
  if (outcome.kind === 'threshold' && !outcome.variant && variants.length > 1) throw new SweepError(`${label}: the sweep has variants ${variants.join(', ')}; name one with --variant`);
  if (!runs.rows.some((r) => typeof r[outcome.metric] === 'number')) throw new SweepError(`${label}: no run has a numeric column ${outcome.metric}`);
  // The point's values of each varied path, and which paths are numeric everywhere.
  const points = new Map<number, { values: unknown[]; byVariant: Map<string, Map<number, number>> }>();
  for (const r of runs.rows) {
    let p = points.get(r.point);
    if (!p) points.set(r.point, (p = { values: h.paths.map((path) => r[path]), byVariant: new Map() }));
    let m = p.byVariant.get(r.variant);
    if (!m) p.byVariant.set(r.variant, (m = new Map()));
    const v = r[outcome.metric];
    if (typeof v === 'number') m.set(r.rep, v);
  }
  const numeric = h.paths.map((_, j) => [...points.values()].every((p) => typeof p.values[j] === 'number' && Number.isFinite(p.values[j])));
  const skipped = h.paths.filter((_, j) => !numeric[j]).map((p) => `${p} (not a number at every point)`);
  const keep = h.paths.map((_, j) => j).filter((j) => numeric[j]);
  if (!keep.length) throw new SweepError(`${label}: no varied path has numeric values, so there is nothing to find conditions in (${h.paths.join(', ') || 'no --vary'})`);
  const params = sensitivityOf(h)?.params as RangedParameter[] | undefined;
  const x: number[][] = [];
  const y: boolean[] = [];
  let without = 0;
  for (const [, p] of [...points.entries()].sort((a, b) => a[0] - b[0])) {
    let holds: boolean | undefined;
    if (outcome.kind === 'threshold') {
      const vals = [...(p.byVariant.get(outcome.variant ?? variants[0]!)?.values() ?? [])];
      if (vals.length) holds = compare(vals.reduce((a, b) => a + b, 0) / vals.length, outcome.op, outcome.value);
    } else {
      const a = p.byVariant.get(outcome.option);
      const b = p.byVariant.get(outcome.baseline);
      const d: number[] = [];
      for (const [rep, v] of a ?? []) {
        const w = b?.get(rep);
        if (w !== undefined) d.push(v - w);
      }
      if (d.length >= 2) {
        const s = describe(d);
        holds = outcome.side === '>' ? s.ciLow > 0 : s.ciHigh < 0;
      }
    }
    if (holds === undefined) {
      without++;
      continue;
    }
    x.push(keep.map((j) => p.values[j] as number));
    y.push(holds);
  }
  return {
    outcome: outcomeText(outcome),
    names: keep.map((j) => h.paths[j]!),
    ranges: keep.map((j) => {
      const q = params?.find((pp) => pp.path === h.paths[j]);
      return q ? { lo: q.lo, hi: q.hi } : undefined;
    }),
    x,
    y,
    skipped,
    pointsWithout: without,
  };
}

/** The parts of the JSON of `npm run robustness` read here (scripts/robustness.ts, RobustnessReport). */
export interface RobustnessJson {
  seed: string;
  points: number;
  parameters: Record<string, RangedParameter[]>;
  /** The design of each model (written since issue 27; rebuilt from the seed when absent). */
  designs?: Record<string, number[][]>;
  patterns: Array<{ id: string; claim: string; model: string; sign: 1 | -1; perPoint: Array<{ mean: number; verdict: 'holds' | 'reversed' | 'unclear' }> }>;
}

/** True when `data` looks like the JSON of `npm run robustness` (its fields are checked by `checkRobustnessJson`). */
export function isRobustnessJson(data: unknown): data is RobustnessJson {
  const d = data as Partial<RobustnessJson> | null;
  return !!d && typeof d === 'object' && Array.isArray(d.patterns) && typeof d.parameters === 'object' && typeof d.points === 'number';
}

/**
 * Checks the fields of a robustness JSON that discovery reads.
 * @throws SweepError naming the file and the field
 */
export function checkRobustnessJson(r: RobustnessJson, label: string): void {
  const fail = (where: string, what: string): never => {
    throw new SweepError(`${label}: ${where}: ${what}`);
  };
  if (!Number.isInteger(r.points) || r.points < 1) fail('points', `expected a whole number of design points, got ${JSON.stringify(r.points)}`);
  for (const [model, params] of Object.entries(r.parameters ?? {})) {
    if (!Array.isArray(params)) fail(`parameters.${model}`, 'expected a list of parameters');
    params.forEach((q, i) => {
      if (typeof q?.path !== 'string' || !Number.isFinite(q.lo) || !Number.isFinite(q.hi)) fail(`parameters.${model}[${i}]`, 'expected {path, lo, hi} with numbers lo and hi');
    });
    const design = r.designs?.[model];
    if (design !== undefined && (!Array.isArray(design) || design.some((row) => !Array.isArray(row) || row.length !== params.length || row.some((v) => !Number.isFinite(v))))) {
      fail(`designs.${model}`, `expected ${r.points} rows of ${params.length} numbers`);
    }
  }
  r.patterns.forEach((p, i) => {
    if (typeof p?.id !== 'string' || !Array.isArray(p.perPoint)) fail(`patterns[${i}]`, 'expected {id, model, perPoint: [...]}');
    p.perPoint.forEach((q, k) => {
      if (!['holds', 'reversed', 'unclear'].includes(q?.verdict)) fail(`patterns[${i}].perPoint[${k}].verdict`, 'expected holds, reversed or unclear');
    });
  });
}

/**
 * The Latin hypercube of one model in a robustness run, as scripts/robustness.ts draws it
 * (its seed, points and parameters), when the JSON does not carry it.
 */
export function robustnessDesign(r: RobustnessJson, model: string): number[][] {
  const stored = r.designs?.[model];
  if (stored) return stored;
  const params = r.parameters[model];
  if (!params) throw new SweepError(`the robustness JSON has no parameters of model ${model}`);
  const random = seedrandom.alea(`icsim-robustness|${r.seed}|${model}`);
  return latinHypercube(r.points, params.length, random).map((u) => u.map((v, i) => valueOf(params[i]!, v)));
}

/**
 * Discovery data from the JSON of `npm run robustness`: the pattern's verdict at each design point.
 * @throws SweepError when the pattern is not in the file
 */
export function discoveryFromRobustness(r: RobustnessJson, outcome: DiscoveryOutcome, label: string): DiscoveryData {
  if (outcome.kind !== 'pattern') throw new SweepError(`${label} is the JSON of npm run robustness: name a pattern with --pattern ID (ids: ${r.patterns.map((p) => p.id).join(', ')})`);
  checkRobustnessJson(r, label);
  const p = r.patterns.find((q) => q.id === outcome.id);
  if (!p) throw new SweepError(`${label}: no pattern ${outcome.id} (ids: ${r.patterns.map((q) => q.id).join(', ')})`);
  const params = r.parameters[p.model] ?? [];
  const design = robustnessDesign(r, p.model);
  if (design.length !== p.perPoint.length) throw new SweepError(`${label}: pattern ${p.id} has ${p.perPoint.length} points, the design ${design.length}`);
  // A parameter the pattern's arms fix does not vary within the pattern; it still varies in the design, and PRIM will find it irrelevant.
  if (outcome.verdict === 'same-side' && (!(p.sign === 1 || p.sign === -1) || p.perPoint.some((q) => !Number.isFinite(q.mean)))) {
    throw new SweepError(`${label}: pattern ${p.id}: --verdict same-side needs its sign and each point's mean effect`);
  }
  const y = p.perPoint.map((q) => (outcome.verdict === 'fails' ? q.verdict !== 'holds' : outcome.verdict === 'same-side' ? Math.sign(q.mean) === p.sign : q.verdict === outcome.verdict));
  return {
    outcome: `pattern ${p.id} (${p.claim}) ${verdictText(outcome.verdict)}`,
    names: params.map((q) => q.path),
    ranges: params.map((q) => ({ lo: q.lo, hi: q.hi })),
    x: design,
    y,
    skipped: [],
    pointsWithout: 0,
  };
}
