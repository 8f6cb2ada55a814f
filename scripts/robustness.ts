/**
 * `npm run robustness`: each docs/MODEL.md section 8 pattern and stylised fact
 * measured over a Latin hypercube of the plausible parameter space, not at
 * one point of it. At every design point each pattern's arms run with the
 * same replication seeds (common random numbers); the paired effect gets a
 * 95% Student t interval, and the point counts as holding when the interval
 * excludes zero on the claimed side, reversed when it excludes zero on the
 * other, and unclear otherwise. Which parameters flip a pattern is read from
 * Spearman rank correlations between each parameter and the holding
 * indicator across points. The report goes to docs/ROBUSTNESS.md (or --out),
 * the numbers to --json when asked.
 *
 * Usage: tsx scripts/robustness.ts [--points N] [--reps R] [--seed S]
 *   [--years N] [--group PREFIX]... [--only ID]... [--workers N] [--out FILE.md]
 *   [--json FILE] [--small] [--quiet]
 *
 * The patterns are data (`PATTERNS`): a new pattern is a new entry, with
 * its model, arms (overrides or a variant) and effect.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import seedrandom from 'seedrandom';
import { parseScenario, runScenario, setPath, VERSION, type RunResult, type Scenario } from '../src/engine/index.ts';
import { applyVariant } from '../src/sweep/applyVariant.ts';
import { latinHypercube } from '../src/sweep/designs/latinHypercube.ts';
import { parameterGroup, valueOf, type RangedParameter } from '../src/sweep/parameterSpace.ts';
import { studentTQuantile } from '../src/stats/studentT.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One arm of a comparison: a model variant and dotted-path overrides (applied after the design point). */
export interface Arm {
  variant?: string;
  sets?: Record<string, unknown>;
}

/** A claim: the sign of an effect computed from one replication of each arm. */
export interface Pattern {
  id: string;
  claim: string;
  model: 'default' | 'cumbria';
  /** Years simulated (the pattern tests' own choice). */
  years: number;
  arms: Arm[];
  /** The effect in one replication, from the results of the arms in order. */
  effect: (r: RunResult[]) => number;
  /** The claimed sign of the effect. */
  sign: 1 | -1;
  /** What the effect measures, with its unit. */
  measure: string;
}

const delegated = { 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 };
const centralised = { 'governance.devolution.mode': 'centralised' };
const unified = { 'governance.gp.mode': 'unified' };
const fragmented = { 'governance.gp.mode': 'fragmented' };
const inf = (r: RunResult) => r.summary.gpInfluence ?? NaN;
const diff = (f: (r: RunResult) => number) => (r: RunResult[]) => f(r[0]!) - f(r[1]!);
const exec = (feedback: number) => ({ ...delegated, 'governance.gp.mode': 'unified+executive', 'governance.gp.executive': { clinicalHours: 20, management: 0.8, feedback } });
const goSlow = { type: 'socialCareGoSlow', target: 'all', month: 0, durationMonths: 12, magnitude: 1.5 };
const placeYears = (r: RunResult) => r.years.filter((y) => y.kind === 'place' && y.outcome !== 'none');
const shareOf = (y: { result: number; income: number }) => (y.income ? y.result / y.income : 0);
const firstYear = (r: RunResult, place: string) => {
  const y = r.years.find((row) => row.org === `cumbria:${place}` && row.year === r.meta.startYear);
  return y ? shareOf(y) : NaN;
};
const trustResultShare = (r: RunResult) => r.summary.lastYear?.trustResultShareOfIncome ?? NaN;

/** docs/MODEL.md section 8, as measured by tests/patterns/*.test.ts, and the stylised facts of NHS finance. */
export const PATTERNS: Pattern[] = [
  { id: '1', claim: 'with a unified GP voice, delegation raises GP influence over centralised decisions', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...unified } }, { sets: { ...centralised, ...unified } }], effect: diff(inf), sign: 1, measure: 'GP influence, delegated - centralised' },
  {
    id: '2',
    claim: 'delegation gains general practice more with a unified voice than with a divided one',
    model: 'default',
    years: 3,
    arms: [{ sets: { ...delegated, ...unified } }, { sets: { ...centralised, ...unified } }, { sets: { ...delegated, ...fragmented } }, { sets: { ...centralised, ...fragmented } }],
    effect: (r) => inf(r[0]!) - inf(r[1]!) - (inf(r[2]!) - inf(r[3]!)),
    sign: 1,
    measure: 'GP influence gain from delegation, unified - fragmented',
  },
  { id: '3a', claim: 'a GP collaborative spanning the whole ICS is less cohesive than one per place', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...unified, 'governance.gp.level': 'ics' } }, { sets: { ...delegated, ...unified, 'governance.gp.level': 'place' } }], effect: diff((r) => r.summary.gpCohesion), sign: -1, measure: 'GP cohesion, ICS - place' },
  { id: '3b', claim: 'a GP collaborative spanning the whole ICS has less influence than one per place', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...unified, 'governance.gp.level': 'ics' } }, { sets: { ...delegated, ...unified, 'governance.gp.level': 'place' } }], effect: diff(inf), sign: -1, measure: 'GP influence, ICS - place' },
  { id: '4a', claim: 'overloaded PCN clinical directors miss meetings', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 2 } }, { sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 12 } }], effect: diff((r) => r.summary.gpAttendance), sign: -1, measure: 'GP attendance, 2 h - 12 h' },
  { id: '4b', claim: 'overloaded PCN clinical directors lose influence', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 2 } }, { sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 12 } }], effect: diff(inf), sign: -1, measure: 'GP influence, 2 h - 12 h' },
  {
    id: '4c',
    claim: 'what overloaded clinical directors lose goes to councils and providers',
    model: 'default',
    years: 3,
    arms: [{ sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 2 } }, { sets: { ...delegated, ...fragmented, 'governance.gp.cdHours': 12 } }],
    effect: diff((r) => (r.summary.blocShares.council ?? 0) + (r.summary.blocShares.trust ?? 0)),
    sign: 1,
    measure: 'council + trust share of gains, 2 h - 12 h',
  },
  { id: '5', claim: 'system clinical leads as core GPLG members lower GP influence', model: 'default', years: 3, arms: [{ sets: { ...delegated, ...unified, 'governance.gp.systemLeadsInGroup': true } }, { sets: { ...delegated, ...unified, 'governance.gp.systemLeadsInGroup': false } }], effect: diff(inf), sign: -1, measure: 'GP influence, with leads - without' },
  { id: '6a', claim: 'an executive raises GP influence', model: 'default', years: 3, arms: [{ sets: exec(1) }, { sets: { ...delegated, ...unified } }], effect: diff(inf), sign: 1, measure: 'GP influence, executive - none' },
  { id: '6b', claim: 'an executive without feedback widens the mandate gap', model: 'default', years: 3, arms: [{ sets: exec(0) }, { sets: exec(1) }], effect: diff((r) => r.summary.mandateGap), sign: 1, measure: 'mandate gap, no feedback - feedback' },
  { id: '7a', claim: 'a social care go-slow raises delayed discharges', model: 'default', years: 1, arms: [{ sets: { events: [goSlow] } }, { sets: { events: [] } }], effect: diff((r) => r.summary.delayedDischarges), sign: 1, measure: 'delayed discharges (beds), go-slow - normal' },
  { id: '7b', claim: 'a social care go-slow deepens the acute trusts\u2019 result', model: 'default', years: 1, arms: [{ sets: { events: [goSlow] } }, { sets: { events: [] } }], effect: diff((r) => r.summary.lastYear.acuteResultShareOfIncome), sign: -1, measure: 'acute result (share of income), go-slow - normal' },
  { id: '7c', claim: 'a social care go-slow tips acute trusts into deficit', model: 'default', years: 1, arms: [{ sets: { events: [goSlow] } }, { sets: { events: [] } }], effect: diff((r) => r.summary.outcomes.byKind.acute?.deficit ?? 0), sign: 1, measure: 'acute trusts in deficit, go-slow - normal' },
  { id: '8a', claim: 'autonomous finances give more place deficits than linked finances', model: 'cumbria', years: 3, arms: [{ variant: 'autonomous' }, { variant: 'linked' }], effect: diff((r) => placeYears(r).filter((y) => y.outcome === 'deficit').length), sign: 1, measure: 'place-years in deficit, autonomous - linked' },
  { id: '8b', claim: 'autonomous finances give a worse worst place result than linked finances', model: 'cumbria', years: 3, arms: [{ variant: 'autonomous' }, { variant: 'linked' }], effect: diff((r) => Math.min(0, ...placeYears(r).map(shareOf))), sign: -1, measure: 'worst place result (share of income), autonomous - linked' },
  { id: '8c', claim: "a loan from grey to blue improves blue's first year", model: 'cumbria', years: 3, arms: [{ variant: 'autonomous' }, { variant: 'no-loans' }], effect: diff((r) => firstYear(r, 'blue')), sign: 1, measure: "blue's first-year result (share of income), loans - none" },
  { id: '8d', claim: "the loan costs grey in its first year", model: 'cumbria', years: 3, arms: [{ variant: 'autonomous' }, { variant: 'no-loans' }], effect: diff((r) => firstYear(r, 'grey')), sign: -1, measure: "grey's first-year result (share of income), loans - none" },
  {
    id: '9',
    claim: 'under centralised rules, single-leadership trusts gain more than dispersed general practice',
    model: 'default',
    years: 3,
    arms: [{ sets: { ...centralised, 'governance.gp.mode': 'pcn' } }],
    effect: (r) => (r[0]!.summary.blocShares.trust ?? 0) - (r[0]!.summary.blocShares.gp ?? 0),
    sign: 1,
    measure: 'trust - GP share of gains (centralised)',
  },
  { id: 'F1', claim: 'the aggregate trust result worsens as pay awards outrun funding', model: 'default', years: 3, arms: [{ sets: { 'costs.payAward': 0.07 } }, { sets: { 'costs.payAward': 0.03 } }], effect: diff(trustResultShare), sign: -1, measure: 'trust result (share of income), pay award 7% - 3%' },
  { id: 'F1b', claim: 'the aggregate trust result worsens as the tariff efficiency factor rises', model: 'default', years: 3, arms: [{ sets: { 'income.efficiencyFactor': 0.04 } }, { sets: { 'income.efficiencyFactor': 0.01 } }], effect: diff(trustResultShare), sign: -1, measure: 'trust result (share of income), efficiency factor 4% - 1%' },
  { id: 'F2', claim: 'the aggregate trust result worsens as demand growth rises', model: 'default', years: 3, arms: [{ sets: { 'demand.growth.acute': 0.04 } }, { sets: { 'demand.growth.acute': 0.015 } }], effect: diff(trustResultShare), sign: -1, measure: 'trust result (share of income), 4% - 1.5% acute demand growth' },
  { id: 'F3', claim: 'delayed discharges rise as council funding falls', model: 'default', years: 5, arms: [{ sets: { 'council.fundingGrowth': -0.05 } }, { sets: { 'council.fundingGrowth': 0.05 } }], effect: diff((r) => r.summary.delayedDischargeShare), sign: 1, measure: 'share of beds delayed, council funding -5% - +5% a year (5 years)' },
  { id: 'F3b', claim: 'the acute result worsens as council funding falls', model: 'default', years: 5, arms: [{ sets: { 'council.fundingGrowth': -0.05 } }, { sets: { 'council.fundingGrowth': 0.05 } }], effect: diff((r) => r.summary.lastYear.acuteResultShareOfIncome), sign: -1, measure: 'acute result (share of income), council funding -5% - +5% a year (5 years)' },
  { id: 'F6', claim: 'tighter money pushes boards from consensus towards votes and executive decisions', model: 'default', years: 3, arms: [{ sets: { ...delegated, 'allocation.growthRate': 0 } }, { sets: { ...delegated, 'allocation.growthRate': 0.03 } }], effect: diff((r) => (r.summary.decisionsByRule.consensus ?? 0) / Math.max(1, Object.values(r.summary.decisionsByRule).reduce((a, b) => a + b, 0))), sign: -1, measure: 'share of decisions by consensus, real growth 0% - 3%' },
  { id: 'F4', claim: 'acute trusts carry most of the trust deficit', model: 'default', years: 3, arms: [{}], effect: (r) => (r[0]!.summary.lastYear?.acuteShareOfTrustDeficits ?? NaN) - 0.5, sign: 1, measure: 'acute share of trust deficits - 0.5' },
  {
    id: 'F5',
    claim: 'deficits persist: an organisation in deficit one year is more likely than others to be in deficit the next',
    model: 'default',
    years: 3,
    arms: [{}],
    effect: (r) => {
      const byOrg = new Map<string, Map<number, string>>();
      for (const y of r[0]!.years) {
        if (y.outcome === 'none') continue;
        if (!byOrg.has(y.org)) byOrg.set(y.org, new Map());
        byOrg.get(y.org)!.set(y.year, y.outcome);
      }
      let after = 0, afterN = 0, other = 0, otherN = 0;
      for (const years of byOrg.values()) {
        for (const [year, outcome] of years) {
          const next = years.get(year + 1);
          if (next === undefined) continue;
          if (outcome === 'deficit') (afterN++, (after += Number(next === 'deficit')));
          else (otherN++, (other += Number(next === 'deficit')));
        }
      }
      return afterN && otherN ? after / afterN - other / otherN : NaN;
    },
    sign: 1,
    measure: 'P(deficit next year | deficit) - P(deficit next year | not)',
  },
];

/** Options of a robustness run. */
export interface RobustnessOptions {
  points: number;
  reps: number;
  seed: string;
  /** Parameter groups spanning the plausible space (prefixes; see parameterGroup). */
  groups: string[];
  /** Years per run, overriding each pattern's own (the small mode shortens runs). */
  years?: number;
  /** Pattern ids to run (default all). */
  only?: string[];
  /** Worker threads (0: this thread). */
  workers?: number;
  progress?: (text: string) => void;
}

/** What one pattern showed over the design. */
export interface PatternResult {
  id: string;
  claim: string;
  measure: string;
  sign: 1 | -1;
  model: string;
  years: number;
  points: number;
  reps: number;
  holds: number;
  reversed: number;
  unclear: number;
  /** Wilson 95% interval of the share of points where the pattern holds. */
  holdsLow: number;
  holdsHigh: number;
  /** Median over points of the mean effect. */
  medianEffect: number;
  /** Parameters most associated with the pattern holding or not, |rho| largest first. */
  drivers: Array<{ path: string; rho: number }>;
  /** Effects per point (mean, interval) for the JSON. */
  perPoint: Array<{ mean: number; lo: number; hi: number; verdict: 'holds' | 'reversed' | 'unclear' }>;
}

/** The whole run. */
export interface RobustnessReport {
  icsim: string;
  seed: string;
  points: number;
  reps: number;
  groups: string[];
  parameters: Record<string, RangedParameter[]>;
  /** Each model's design points (values of `parameters`, in order), for icsim discover. */
  designs: Record<string, number[][]>;
  patterns: PatternResult[];
}

function readModel(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'models', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** Ranks with ties averaged. */
function ranks(v: readonly number[]): number[] {
  const idx = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
  const r = new Array<number>(v.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && v[idx[j + 1]!] === v[idx[i]!]) j++;
    for (let k = i; k <= j; k++) r[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation (0 when either side is constant). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const a = ranks(x);
  const b = ranks(y);
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa && sbb ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Wilson score interval of a proportion (95%). */
export function wilson(k: number, n: number): [number, number] {
  if (!n) return [NaN, NaN];
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding would leave it a hair inside.
  return [k === 0 ? 0 : Math.max(0, c - h), k === n ? 1 : Math.min(1, c + h)];
}

/** Mean and 95% t interval of paired effects (NaN effects dropped). */
function interval(effects: readonly number[]): { mean: number; lo: number; hi: number } {
  const e = effects.filter(Number.isFinite);
  const n = e.length;
  if (!n) return { mean: NaN, lo: NaN, hi: NaN };
  const mean = e.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { mean, lo: NaN, hi: NaN };
  const sd = Math.sqrt(e.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const half = (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { mean, lo: mean - half, hi: mean + half };
}

const median = (v: readonly number[]) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** What every design point shares: the patterns, the models, their parameters and designs. */
interface Prepared {
  patterns: Pattern[];
  raws: Record<string, Record<string, unknown>>;
  params: Record<string, RangedParameter[]>;
  designs: Record<string, number[][]>;
}

/** The patterns to run and the Latin hypercube of the plausible space of each model. */
function prepare(o: RobustnessOptions): Prepared {
  const patterns = PATTERNS.filter((p) => !o.only?.length || o.only.includes(p.id));
  if (!patterns.length) throw new Error(`--only ${o.only?.join(',')}: no such pattern (ids: ${PATTERNS.map((p) => p.id).join(', ')})`);
  const models = [...new Set(patterns.map((p) => p.model))];
  const raws: Record<string, Record<string, unknown>> = {};
  const params: Record<string, RangedParameter[]> = {};
  const designs: Record<string, number[][]> = {};
  for (const m of models) {
    raws[m] = readModel(m);
    params[m] = parameterGroup(raws[m], o.groups, `models/${m}.json`);
    const random = seedrandom.alea(`icsim-robustness|${o.seed}|${m}`);
    designs[m] = latinHypercube(o.points, params[m]!.length, random).map((u) => u.map((x, i) => valueOf(params[m]![i]!, x)));
  }
  return { patterns, raws, params, designs };
}

let preparedFor: { key: string; prep: Prepared } | undefined;

/** The options a worker needs (no functions). */
export type PointJob = { options: Omit<RobustnessOptions, 'progress' | 'workers'>; point: number };

/**
 * The paired effects of every pattern at one design point: one array per
 * pattern, one effect per replication. Arms shared by patterns run once.
 * This is the unit of work of the pool workers.
 */
export function pointEffects(job: PointJob): { effects: number[][]; runs: number } {
  const o = job.options;
  const key = JSON.stringify(o);
  if (preparedFor?.key !== key) preparedFor = { key, prep: prepare(o) };
  const { patterns, raws, params, designs } = preparedFor.prep;
  const point = job.point;
  const cache = new Map<string, RunResult>();
  const scenarios = new Map<string, Scenario>();
  const run = (p: Pattern, arm: Arm, rep: number): RunResult => {
    const years = o.years ?? p.years;
    const armKey = JSON.stringify([p.model, arm.variant ?? null, arm.sets ?? {}, years]);
    const runKey = `${armKey}|${rep}`;
    const hit = cache.get(runKey);
    if (hit) return hit;
    let scenario = scenarios.get(armKey);
    if (!scenario) {
      let data: unknown = applyVariant(raws[p.model]!, arm.variant);
      params[p.model]!.forEach((q, i) => (data = setPath(data, q.path, designs[p.model]![point]![i])));
      for (const [path, value] of Object.entries(arm.sets ?? {})) data = setPath(data, path, value);
      data = setPath(data, 'years', years);
      scenario = parseScenario(data, `models/${p.model}.json at design point ${point}`);
      scenarios.set(armKey, scenario);
    }
    const result = runScenario(scenario, { seed: `${o.seed}:${rep}`, summaryOnly: true });
    cache.set(runKey, result);
    return result;
  };
  const effects = patterns.map((p) => Array.from({ length: o.reps }, (_, rep) => p.effect(p.arms.map((arm) => run(p, arm, rep)))));
  return { effects, runs: cache.size };
}

/**
 * Runs every pattern over a Latin hypercube of the plausible space of its
 * model, one design point at a time, in this thread (`workers` 0) or on a
 * pool of worker threads.
 */
export async function runRobustness(o: RobustnessOptions): Promise<RobustnessReport> {
  const { patterns, params, designs } = prepare(o);
  const { progress, workers = 0, ...options } = o;
  const perPoint: number[][][] = new Array(o.points);
  const t0 = Date.now();
  let done = 0;
  let runs = 0;
  const record = (point: number, r: { effects: number[][]; runs: number }) => {
    perPoint[point] = r.effects;
    runs += r.runs;
    done++;
    progress?.(`point ${done}/${o.points} (${runs} runs, ${((Date.now() - t0) / 1000).toFixed(0)} s so far)`);
  };
  if (workers === 0) {
    for (let point = 0; point < o.points; point++) record(point, pointEffects({ options, point }));
  } else {
    const { default: Tinypool } = await import('tinypool');
    const pool = new Tinypool({ filename: new URL('./robustness.tsx-entry.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
    try {
      await Promise.all(Array.from({ length: o.points }, (_, point) => (pool.run({ options, point } satisfies PointJob) as Promise<{ effects: number[][]; runs: number }>).then((r) => record(point, r))));
    } finally {
      await pool.destroy();
    }
  }
  const effects = new Map<string, number[][]>(patterns.map((p, k) => [p.id, perPoint.map((e) => e[k]!)]));

  const results = patterns.map((p): PatternResult => {
    const perPoint = effects.get(p.id)!.map((e) => {
      const ci = interval(e);
      const claimed = p.sign > 0 ? ci.lo > 0 : ci.hi < 0;
      const opposite = p.sign > 0 ? ci.hi < 0 : ci.lo > 0;
      return { ...ci, verdict: claimed ? ('holds' as const) : opposite ? ('reversed' as const) : ('unclear' as const) };
    });
    const holds = perPoint.filter((x) => x.verdict === 'holds').length;
    const reversed = perPoint.filter((x) => x.verdict === 'reversed').length;
    const [holdsLow, holdsHigh] = wilson(holds, perPoint.length);
    // Parameters the arms set are fixed by the pattern, so they cannot explain it.
    const fixed = new Set(p.arms.flatMap((a) => Object.keys(a.sets ?? {})));
    const indicator = perPoint.map((x) => (x.verdict === 'holds' ? 1 : 0));
    const drivers = params[p.model]!
      .map((q, i) => ({ path: q.path, rho: fixed.has(q.path) ? 0 : spearman(designs[p.model]!.map((d) => d[i]!), indicator) }))
      .filter((d) => d.rho !== 0)
      .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.path.localeCompare(b.path))
      .slice(0, 3);
    return {
      id: p.id,
      claim: p.claim,
      measure: p.measure,
      sign: p.sign,
      model: p.model,
      years: o.years ?? p.years,
      points: perPoint.length,
      reps: o.reps,
      holds,
      reversed,
      unclear: perPoint.length - holds - reversed,
      holdsLow,
      holdsHigh,
      medianEffect: median(perPoint.map((x) => x.mean)),
      drivers,
      perPoint,
    };
  });
  return { icsim: VERSION, seed: o.seed, points: o.points, reps: o.reps, groups: o.groups, parameters: params, designs, patterns: results };
}

const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : '-');
const num = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(3)).toString() : '-');

/** The report as Markdown. */
export function robustnessMarkdown(r: RobustnessReport, command: string, provisional: boolean): string {
  const threshold = 2 / Math.sqrt(r.points);
  const lines: string[] = [];
  lines.push('# Robustness of the model\u2019s patterns over the plausible parameter space');
  lines.push('');
  if (provisional) {
    lines.push('> **Provisional.** Generated at a small size while the money and influence model is being');
    lines.push('> changed; the figures below say nothing yet. Regenerate with `npm run robustness` (64 points');
    lines.push('> or more) once the engine has settled.');
    lines.push('');
  }
  lines.push(`Written by \`${command}\` (icsim ${r.icsim}, seed \`${r.seed}\`). Each pattern of [MODEL.md](MODEL.md) section 8`);
  lines.push(`and each stylised fact is measured at ${r.points} points of a Latin hypercube (McKay, Beckman and`);
  lines.push(`Conover 1979) over the plausible range of every parameter under ${r.groups.map((g) => `\`${g}\``).join(', ')}`);
  lines.push(`(${Object.entries(r.parameters).map(([m, ps]) => `${ps.length} parameters of models/${m}.json`).join('; ')}; ranges as in docs/SENSITIVITY.md),`);
  lines.push(`with ${r.reps} paired replications at each point (common random numbers: replication r of every arm uses seed`);
  lines.push(`\`${r.seed}:r\`). A point **holds** when the 95% t interval of the mean paired effect excludes zero on the`);
  lines.push('claimed side, is **reversed** when it excludes zero on the other side, and is **unclear** otherwise.');
  lines.push('The interval of the share is Wilson\u2019s. **Turns on** lists the parameters whose values are most');
  lines.push(`associated with the pattern holding (Spearman rank correlation of the parameter with the 0/1 verdict across`);
  lines.push(`points; + means it holds more at high values). With ${r.points} points, |rho| below about ${threshold.toFixed(2)} is`);
  lines.push('indistinguishable from no association (2/sqrt(points)); such entries are shown in parentheses.');
  lines.push('Arms fix some parameters (e.g. the devolution mode); those cannot turn a pattern and are left out.');
  lines.push('');
  lines.push('| # | claim | effect measured | sign | holds | share holding (95% CI) | reversed | unclear | median effect | turns on |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const p of r.patterns) {
    const drivers = p.drivers.length
      ? p.drivers.map((d) => (Math.abs(d.rho) >= threshold ? `\`${d.path}\` (${d.rho > 0 ? '+' : ''}${d.rho.toFixed(2)})` : `(\`${d.path}\` ${d.rho > 0 ? '+' : ''}${d.rho.toFixed(2)})`)).join(', ')
      : '-';
    const cell = (t: string) => t.replace(/\|/g, '\\|');
    lines.push(
      `| ${p.id} | ${cell(p.claim)} | ${cell(p.measure)} | ${p.sign > 0 ? '+' : '\u2212'} | ${p.holds}/${p.points} | ${pct(p.holds / p.points)} (${pct(p.holdsLow)}\u2013${pct(p.holdsHigh)}) | ${p.reversed} | ${p.unclear} | ${num(p.medianEffect)} | ${drivers} |`,
    );
  }
  lines.push('');
  lines.push('A pattern holding at fewer than about half of the points is **fragile**: it depends on where in the');
  lines.push('plausible space the constants sit, and a board paper should say so. The per-point effects are in the');
  lines.push('JSON written with `--json`.');
  lines.push('');
  lines.push(`Fragile at this size: ${r.patterns.filter((p) => p.holds / p.points < 0.5).map((p) => p.id).join(', ') || 'none'}.`);
  lines.push('');
  return lines.join('\n');
}

function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${Date.now()}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The command line. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      points: { type: 'string' },
      reps: { type: 'string' },
      seed: { type: 'string', default: 'robustness' },
      years: { type: 'string' },
      group: { type: 'string', multiple: true, default: [] },
      only: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      json: { type: 'string' },
      small: { type: 'boolean', default: false },
      workers: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run robustness -- [--points N (64)] [--reps R (10)] [--seed S] [--years N] [--group PREFIX]... [--only ID]... [--workers N (cores)] [--out FILE.md] [--json FILE] [--small] [--quiet]\n' +
        `--small: 4 points, 3 replications, 1-year runs (a check that the script works, not a result).\nPatterns: ${PATTERNS.map((p) => p.id).join(', ')}\n`,
    );
    return 0;
  }
  const whole = (flag: string, v: string | undefined, d: number, min: number) => {
    if (v === undefined) return d;
    if (!/^\d+$/.test(v) || Number(v) < min) throw new Error(`--${flag} ${v}: expected a whole number of at least ${min}`);
    return Number(v);
  };
  const small = values.small;
  const options: RobustnessOptions = {
    points: whole('points', values.points, small ? 4 : 64, 2),
    reps: whole('reps', values.reps, small ? 3 : 10, 2),
    seed: values.seed,
    groups: values.group.length ? values.group : ['all'],
    years: values.years !== undefined ? whole('years', values.years, 1, 1) : small ? 1 : undefined,
    only: values.only,
    workers: whole('workers', values.workers, Math.min(availableParallelism(), 8), 0),
    progress: values.quiet ? undefined : (t) => process.stderr.write(`robustness: ${t}\n`),
  };
  const report = await runRobustness(options);
  const out = values.out ?? join(ROOT, 'docs', 'ROBUSTNESS.md');
  const command = ['npm run robustness', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  writeAtomic(out, robustnessMarkdown(report, command, small || options.points < 64));
  if (values.json) writeAtomic(values.json, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`${out}: ${report.patterns.length} patterns over ${report.points} points × ${report.reps} reps\n`);
  for (const p of report.patterns) process.stdout.write(`  ${p.id.padEnd(3)} holds at ${p.holds}/${p.points}, reversed at ${p.reversed}: ${p.claim}\n`);
  return 0;
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`robustness: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
