/**
 * The analysis of a finished sensitivity sweep: the metric averaged over
 * the replications at each design point, then Morris measures or Sobol'
 * indices of each parameter (`src/stats`), with tables in CSV and JSON.
 */
import { morrisIndices, sobolIndices } from '../stats/index.ts';
import { formatOf } from './rowFormat.ts';
import { pointValues, sensitivityOf, unitDesign, type SensitivitySpec } from './sensitivityPlan.ts';
import { scanSweepFile } from './sweepFile.ts';
import { SweepError } from './SweepError.ts';
import type { SweepHeader } from './sweepPlan.ts';

/** The indices of one parameter for one metric. */
export interface ParameterIndices {
  path: string;
  lo: number;
  hi: number;
  /** Morris. */
  mu?: number;
  muStar?: number;
  sigma?: number;
  muStarConf?: number;
  /** Sobol'. */
  S1?: number;
  S1Conf?: number;
  ST?: number;
  STConf?: number;
}

/** The analysis of one metric. */
export interface MetricAnalysis {
  metric: string;
  /** Mean and variance of the point means (what the indices apportion). */
  mean: number;
  variance: number;
  /** Parameters, most influential first (by mu* or ST). */
  parameters: ParameterIndices[];
}

/** The analysis of a sensitivity sweep file. */
export interface SensitivityAnalysis {
  icsimSensitivity: 1;
  file: string;
  sweep: string;
  icsim: string;
  model: string;
  modelSha256: string | null;
  variant: string;
  method: SensitivitySpec['method'];
  trajectories: number | null;
  levels: number | null;
  n: number | null;
  reps: number;
  seed: string | number;
  points: number;
  runs: number;
  metrics: MetricAnalysis[];
}

/**
 * Analyses a sensitivity sweep file for `metrics` (default: those named
 * when it was run).
 * @throws SweepError for a file that is not a whole sensitivity sweep, or an unknown metric
 */
export function analyseSensitivity(path: string, metrics?: readonly string[]): SensitivityAnalysis {
  const format = formatOf(path);
  let header: SweepHeader | undefined;
  let spec: SensitivitySpec | undefined;
  let wanted: string[] = [];
  let sums: Float64Array[] = [];
  let counts: Int32Array[] = [];
  let seen: Uint8Array = new Uint8Array(0);
  let unit: number[][] = [];
  let found: boolean[] = [];
  let lastColumns: string[] = [];
  let scan;
  try {
    scan = scanSweepFile(
      path,
      format,
      (run, row, line) => {
        const h = header!;
        if (run >= h.runs) throw new SweepError(`${path}:${line.number}: run ${run} is not in this sweep of ${h.runs} runs`);
        if (seen[run]) throw new SweepError(`${path}:${line.number}: run ${run} is written twice; the file is damaged`);
        seen[run] = 1;
        const point = run % h.points;
        // The unit design is rebuilt from the header: check it gives the values the file was run with.
        const values = pointValues(spec!.params, unit[point]!);
        spec!.params.forEach((p, i) => {
          const v = row[p.path];
          if (typeof v !== 'number' || Math.abs(v - values[i]!) > 1e-9 * Math.max(1, Math.abs(v))) {
            throw new SweepError(`${path}:${line.number}: ${p.path} is ${JSON.stringify(v)} where the design has ${values[i]}; the file was written by another version of icsim or edited`);
          }
        });
        lastColumns = Object.keys(row);
        wanted.forEach((m, k) => {
          // A summary field that is undefined in a run (null) is left out of its row, so a
          // column may be missing from some rows; it must be in at least one.
          if (m in row) found[k] = true;
          const v = row[m];
          if (typeof v === 'number' && Number.isFinite(v)) {
            sums[k]![point]! += v;
            counts[k]![point]!++;
          }
        });
      },
      (h) => {
        header = h;
        spec = sensitivityOf(h);
        if (!spec) throw new SweepError(`${path} is a sweep, not a sensitivity analysis; run icsim sensitivity to make one (or icsim summarise to summarise a sweep)`);
        if (h.shard) throw new SweepError(`${path} holds shard ${h.shard.index}/${h.shard.count} only; join the shards with icsim merge first`);
        wanted = metrics?.length ? [...metrics] : spec.metrics;
        sums = wanted.map(() => new Float64Array(h.points));
        counts = wanted.map(() => new Int32Array(h.points));
        found = wanted.map(() => false);
        seen = new Uint8Array(h.runs);
        unit = unitDesign(spec);
        if (unit.length !== h.points) throw new SweepError(`${path}: the header's design has ${unit.length} points, not ${h.points}; the file was written by another version of icsim`);
      },
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new SweepError(`${path}: no such file`);
    throw e;
  }
  if (!header || !spec) throw new SweepError(`${path}: empty, or not a sweep file`);
  if (scan.tornBytes) throw new SweepError(`${path}: the last line is incomplete (the run was killed); finish it with --resume first`);
  wanted.forEach((m, k) => {
    if (found[k]) return;
    const near = lastColumns.filter((c) => c.toLowerCase().includes(m.toLowerCase().split('.').pop()!)).slice(0, 8);
    throw new SweepError(`--metric ${m}: no such column in ${path}${near.length ? `; similar: ${near.join(', ')}` : ''}`);
  });
  if (scan.rows < header.runs) throw new SweepError(`${path} holds ${scan.rows} of ${header.runs} runs; finish it with icsim sensitivity ... --resume (or merge every shard)`);

  const analyses = wanted.map((metric, k): MetricAnalysis => {
    const y = Array.from(sums[k]!, (s, p) => (counts[k]![p]! ? s / counts[k]![p]! : NaN));
    const missing = y.findIndex((v) => !Number.isFinite(v));
    if (missing >= 0) throw new SweepError(`--metric ${metric}: no finite value at design point ${missing} in ${path} (the metric is undefined there); choose another metric`);
    const mean = y.reduce((s, v) => s + v, 0) / y.length;
    const variance = y.reduce((s, v) => s + (v - mean) ** 2, 0) / y.length;
    const dims = spec!.params.length;
    const parameters: ParameterIndices[] = spec!.params.map((p) => ({ path: p.path, lo: p.lo, hi: p.hi }));
    if (spec!.method === 'morris') {
      const m = morrisIndices(unit, y, { dims, levels: spec!.levels!, seed: `${header!.id}|${metric}` });
      parameters.forEach((p, i) => Object.assign(p, { mu: m.mu[i], muStar: m.muStar[i], sigma: m.sigma[i], muStarConf: m.muStarConf[i] }));
      parameters.sort((a, b) => b.muStar! - a.muStar! || a.path.localeCompare(b.path));
    } else if (variance === 0) {
      // A metric that does not vary has no variance to apportion.
      parameters.forEach((p) => Object.assign(p, { S1: 0, S1Conf: 0, ST: 0, STConf: 0 }));
    } else {
      const s = sobolIndices(unit, y, { dims, n: spec!.n!, seed: `${header!.id}|${metric}` });
      parameters.forEach((p, i) => Object.assign(p, { S1: s.S1[i], S1Conf: s.S1Conf[i], ST: s.ST[i], STConf: s.STConf[i] }));
      parameters.sort((a, b) => b.ST! - a.ST! || a.path.localeCompare(b.path));
    }
    return { metric, mean, variance, parameters };
  });
  return {
    icsimSensitivity: 1,
    file: path,
    sweep: header.id,
    icsim: header.icsim,
    model: header.model,
    modelSha256: header.modelSha256 ?? null,
    variant: header.variants[0] ?? 'base',
    method: spec.method,
    trajectories: spec.trajectories,
    levels: spec.levels,
    n: spec.n,
    reps: header.reps,
    seed: header.seed,
    points: header.points,
    runs: header.runs,
    metrics: analyses,
  };
}

const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : String(Number(v.toPrecision(6))));

/** The analysis as CSV: one line per metric and parameter, most influential first. */
export function sensitivityCsv(a: SensitivityAnalysis): string {
  const cols = a.method === 'morris' ? ['mu', 'muStar', 'sigma', 'muStarConf'] : ['S1', 'S1Conf', 'ST', 'STConf'];
  const lines = [['metric', 'rank', 'parameter', 'lo', 'hi', ...cols].join(',')];
  for (const m of a.metrics) {
    m.parameters.forEach((p, i) => {
      lines.push([m.metric, String(i + 1), p.path, String(p.lo), String(p.hi), ...cols.map((c) => num(p[c as keyof ParameterIndices] as number | undefined))].join(','));
    });
  }
  return lines.join('\n') + '\n';
}

/** The analysis as a readable table (the `top` most influential parameters of each metric). */
export function sensitivityTable(a: SensitivityAnalysis, top = 15): string {
  const f = (v: number | undefined, d = 4) => (v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(d));
  const out: string[] = [];
  const design = a.method === 'morris' ? `${a.trajectories} trajectories, ${a.levels} levels` : `n = ${a.n}`;
  out.push(`${a.method === 'morris' ? 'Morris screen' : "Sobol' analysis"} of ${a.model} (${a.variant}): ${a.metrics[0]?.parameters.length ?? 0} parameters, ${design}, ${a.points} points × ${a.reps} reps = ${a.runs} runs (sweep ${a.sweep})`);
  for (const m of a.metrics) {
    out.push('');
    out.push(`${m.metric}: mean ${f(m.mean)}, variance over points ${f(m.variance, 6)}`);
    const width = Math.max(9, ...m.parameters.slice(0, top).map((p) => p.path.length));
    if (a.method === 'morris') {
      out.push(`  ${'parameter'.padEnd(width)}  ${'mu*'.padStart(10)}  ${'± 95%'.padStart(9)}  ${'mu'.padStart(10)}  ${'sigma'.padStart(10)}`);
      for (const p of m.parameters.slice(0, top)) out.push(`  ${p.path.padEnd(width)}  ${f(p.muStar).padStart(10)}  ${f(p.muStarConf).padStart(9)}  ${f(p.mu).padStart(10)}  ${f(p.sigma).padStart(10)}`);
    } else {
      out.push(`  ${'parameter'.padEnd(width)}  ${'S1'.padStart(8)}  ${'± 95%'.padStart(7)}  ${'ST'.padStart(8)}  ${'± 95%'.padStart(7)}`);
      for (const p of m.parameters.slice(0, top)) out.push(`  ${p.path.padEnd(width)}  ${f(p.S1, 3).padStart(8)}  ${f(p.S1Conf, 3).padStart(7)}  ${f(p.ST, 3).padStart(8)}  ${f(p.STConf, 3).padStart(7)}`);
    }
    if (m.parameters.length > top) out.push(`  ... ${m.parameters.length - top} more in the CSV`);
    if (m.variance === 0) out.push('  (the metric does not vary over the design: every index is 0)');
  }
  return out.join('\n') + '\n';
}
