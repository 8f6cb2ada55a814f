/**
 * An options appraisal from a sweep: for each outcome measure, the
 * baseline option's mean and, for every other option, its mean and its
 * difference from the baseline paired by design point and replication, all
 * with t-based 95% intervals (computed by `summariseSweep`).
 */
import type { Description } from '../../sweep/index.ts';
import { ExportError } from '../ExportError.ts';
import { metricLabel } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { oneMetric, pickVariants, sweepStats } from './sweepStats.ts';

/** Measures shown by default, in this order, when the sweep has them. */
export const DEFAULT_MEASURES = [
  'gpInfluence',
  'outcomes.deficit',
  'lastYear.trustsInDeficit',
  'systemBalance',
  'delayedDischarges',
  'loans.made',
  'accountabilityBreaches',
  'interventions',
] as const;

/** One option on one measure. */
export interface AppraisedOption {
  variant: string;
  level: Description;
  /** Paired difference from the baseline. */
  diff: Description;
}

/** One measure of the appraisal. */
export interface AppraisedMeasure {
  metric: string;
  label: string;
  /** Display scale (e.g. 1e-6 for £m). */
  scale: number;
  format: string;
  baseline: Description;
  options: AppraisedOption[];
}

/** The appraisal. */
export interface Appraisal {
  baseline: string;
  /** Options compared with the baseline, in the sweep's order. */
  options: string[];
  measures: AppraisedMeasure[];
  /** Default measures left out because no option differed from the baseline at all. */
  unchanged: string[];
}

/** Appraises the options of a sweep against a baseline variant. */
export function appraise(input: SweepInput, o: { baseline?: string; metrics?: readonly string[]; variants?: readonly string[] }): Appraisal {
  const all = input.header.variants;
  if (all.length < 2) {
    throw new ExportError(
      `${input.path}: an options appraisal needs a sweep of two or more variants; this sweep has only "${all[0]}" (run icsim sweep with --variant A --variant B ...)`,
    );
  }
  const baseline = o.baseline ?? (all.includes('base') ? 'base' : all[0]!);
  if (!all.includes(baseline)) throw new ExportError(`${input.path}: --baseline ${baseline}: not a variant of this sweep (variants: ${all.join(', ')})`);
  const shown = pickVariants(input, o.variants).filter((v) => v !== baseline);
  if (!shown.length) throw new ExportError(`${input.path}: no option to compare with the baseline ${baseline} (variants: ${all.join(', ')})`);
  const explicit = Boolean(o.metrics && o.metrics.length);
  const metrics = explicit ? [...o.metrics!] : DEFAULT_MEASURES.filter((m) => input.columns.includes(m));
  if (!metrics.length) throw new ExportError(`${input.path}: none of the default measures (${DEFAULT_MEASURES.join(', ')}) is in this sweep; name measures with --metric`);
  // Unknown names get the same message, with suggestions, as the other charts.
  for (const m of metrics) if (!input.columns.some((c) => c === m || c.startsWith(`${m}.`))) oneMetric(input, m);
  const s = sweepStats(input, { by: [], metrics, baseline });
  const measures: AppraisedMeasure[] = [];
  const unchanged: string[] = [];
  for (const metric of s.metrics) {
    const lines = s.lines.filter((l) => l.metric === metric);
    const base = lines.find((l) => l.variant === baseline);
    const options = shown.flatMap((v) => {
      const l = lines.find((x) => x.variant === v);
      return l && l.diff ? [{ variant: v, level: l.level, diff: l.diff }] : [];
    });
    if (!explicit && options.every((x) => x.diff.mean === 0 && !(x.diff.sd > 0))) {
      unchanged.push(metric);
      continue;
    }
    const lab = metricLabel(metric);
    measures.push({ metric, label: lab.label, scale: lab.scale, format: lab.format, baseline: base?.level ?? { n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN }, options });
  }
  return { baseline, options: shown, measures, unchanged };
}
