/**
 * The robustness of options across futures, from a sweep whose variants are
 * the options and whose design points are the futures (`icsim robust` runs
 * it as a Latin hypercube over the uncertainties, every option at a point
 * with the same replication seeds). For each metric, an option's value in a
 * future is its mean over the replications; the regret table compares the
 * options future by future (src/stats/regret.ts), and satisficing counts the
 * futures in which an option meets every stated threshold.
 */
import { regret, satisficing, type Threshold } from '../stats/index.ts';
import type { SweepRuns } from './readSweepRuns.ts';
import { SweepError } from './SweepError.ts';
import { formatSignificant } from './formatSignificant.ts';

/** A metric and which way is better. */
export interface RobustMetric {
  metric: string;
  larger: 'better' | 'worse';
}

/** A threshold an option must meet, on one metric. */
export interface RobustThreshold extends Threshold {
  metric: string;
  /** As written, e.g. "outcomes.deficit<=2". */
  text: string;
}

/** The file `icsim robust` writes beside the sweep (FILE.robust.json). */
export interface RobustReport {
  icsimRobust: 1;
  inputs: string[];
  sweep: string;
  model: string;
  /** The uncertainties (varied paths) and the options (variants). */
  uncertain: string[];
  options: string[];
  /** Futures with every option's runs present (the others are left out). */
  scenarios: number;
  reps: number;
  metrics: Array<
    RobustMetric & {
      /** Per option: mean over futures, the largest regret, its 90th percentile and median. */
      mean: number[];
      maxRegret: number[];
      p90Regret: number[];
      medianRegret: number[];
      /** Option with the least maximum regret (ties: the least 90th percentile, then the first). */
      minimax: string;
    }
  >;
  /** Per threshold and all together: the share of futures in which each option meets it. */
  satisficing: Array<{ threshold: string; share: number[] }>;
}

/** Parses `METRIC:max` or `METRIC:min` (bare METRIC is an error: say which way is better). */
export function parseRobustMetric(text: string): RobustMetric {
  const m = /^\s*([^:\s]+)\s*:\s*(max|min)\s*$/.exec(text);
  if (!m) throw new SweepError(`--metric ${text}: expected METRIC:max (larger is better) or METRIC:min (smaller is better), e.g. --metric gpInfluence:max --metric outcomes.deficit:min`);
  return { metric: m[1]!, larger: m[2] === 'max' ? 'better' : 'worse' };
}

/** Parses `METRIC>=VALUE` or `METRIC<=VALUE` (also > and <, read as >= and <=). */
export function parseRobustThreshold(text: string): RobustThreshold {
  const m = /^\s*([^<>=\s]+)\s*(>=|<=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m) throw new SweepError(`--satisfice ${text}: expected METRIC>=VALUE or METRIC<=VALUE, e.g. --satisfice "lastYear.trustsInDeficit<=1"`);
  const v = Number(m[3]);
  return m[2]!.startsWith('>') ? { metric: m[1]!, min: v, text: text.trim() } : { metric: m[1]!, max: v, text: text.trim() };
}

/**
 * Regret and satisficing of a sweep's variants over its design points.
 * @throws SweepError when the sweep has fewer than two variants, or a metric is not in it
 */
export function robustAnalysis(runs: SweepRuns, metrics: readonly RobustMetric[], thresholds: readonly RobustThreshold[], inputs: string[]): RobustReport {
  const h = runs.header;
  const options = h.variants;
  const label = inputs.join(', ');
  if (options.length < 2) throw new SweepError(`${label}: one option (${options[0]}); regret compares two or more`);
  const names = [...new Set([...metrics.map((m) => m.metric), ...thresholds.map((t) => t.metric)])];
  for (const n of names) if (!runs.rows.some((r) => typeof r[n] === 'number')) throw new SweepError(`${label}: no run has a numeric column ${n}`);
  // sums[metric][option][point] and counts, over replications.
  const at = new Map<string, { sum: number; n: number }>();
  const key = (metric: string, option: string, point: number) => `${metric}\u0000${option}\u0000${point}`;
  for (const r of runs.rows) {
    for (const n of names) {
      const v = r[n];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const k = key(n, r.variant, r.point);
      const s = at.get(k) ?? { sum: 0, n: 0 };
      s.sum += v;
      s.n++;
      at.set(k, s);
    }
  }
  const mean = (n: string, o: string, p: number) => {
    const s = at.get(key(n, o, p));
    return s ? s.sum / s.n : NaN;
  };
  // Futures in which every option has every metric.
  const points = [...new Set(runs.rows.map((r) => r.point))].sort((a, b) => a - b).filter((p) => names.every((n) => options.every((o) => Number.isFinite(mean(n, o, p)))));
  if (points.length < 1) throw new SweepError(`${label}: no design point has runs of every option with every metric`);
  const table = (n: string) => options.map((o) => points.map((p) => mean(n, o, p)));
  const out: RobustReport['metrics'] = metrics.map((m) => {
    const values = table(m.metric);
    const r = regret(values, { larger: m.larger });
    const p90 = r.percentileRegret(90);
    let best = 0;
    options.forEach((_, i) => {
      if (r.maxRegret[i]! < r.maxRegret[best]! || (r.maxRegret[i] === r.maxRegret[best] && p90[i]! < p90[best]!)) best = i;
    });
    return { ...m, mean: values.map((row) => row.reduce((a, b) => a + b, 0) / row.length), maxRegret: r.maxRegret, p90Regret: p90, medianRegret: r.percentileRegret(50), minimax: options[best]! };
  });
  const sat: RobustReport['satisficing'] = thresholds.map((t) => ({ threshold: t.text, share: satisficing([table(t.metric)], [t]) }));
  if (thresholds.length > 1) sat.push({ threshold: 'all of the above', share: satisficing(thresholds.map((t) => table(t.metric)), thresholds) });
  return { icsimRobust: 1, inputs, sweep: h.id, model: h.model, uncertain: h.paths, options, scenarios: points.length, reps: h.reps, metrics: out, satisficing: sat };
}

const fmt = formatSignificant;

/** The report as text tables. */
export function robustText(r: RobustReport): string {
  const w = Math.max(6, ...r.options.map((o) => o.length));
  const out: string[] = [];
  out.push(`${r.options.length} options over ${r.scenarios} futures (${r.model}; uncertain: ${r.uncertain.join(', ')}; ${r.reps} replication${r.reps === 1 ? '' : 's'} each, the same seeds for every option)`);
  for (const m of r.metrics) {
    out.push('');
    out.push(`${m.metric} (${m.larger === 'better' ? 'larger' : 'smaller'} is better): regret = distance from the best option in the same future`);
    out.push(`  ${'option'.padEnd(w)}  ${'mean'.padStart(10)}  ${'max regret'.padStart(10)}  ${'90th pct'.padStart(10)}  ${'median'.padStart(10)}`);
    r.options.forEach((o, i) => {
      out.push(`  ${o.padEnd(w)}  ${fmt(m.mean[i]!).padStart(10)}  ${fmt(m.maxRegret[i]!).padStart(10)}  ${fmt(m.p90Regret[i]!).padStart(10)}  ${fmt(m.medianRegret[i]!).padStart(10)}${o === m.minimax ? '  <- least max regret' : ''}`);
    });
  }
  if (r.satisficing.length) {
    out.push('');
    out.push('Satisficing: share of futures in which each option meets the threshold');
    const tw = Math.max(...r.satisficing.map((s) => s.threshold.length), 9);
    out.push(`  ${'threshold'.padEnd(tw)}  ${r.options.map((o) => o.padStart(Math.max(6, o.length))).join('  ')}`);
    for (const s of r.satisficing) out.push(`  ${s.threshold.padEnd(tw)}  ${s.share.map((v, i) => `${(100 * v).toFixed(0)}%`.padStart(Math.max(6, r.options[i]!.length))).join('  ')}`);
  }
  return out.join('\n') + '\n';
}
