/**
 * A yearly measure from a sweep (GP influence, the delegated share): mean
 * across replications with its 95% band per financial year, one line per
 * option (or per value of --by).
 */
import { influenceChart, type BandSeries } from '../../charts/print/index.ts';
import { delegatedShareChart } from './delegatedShareChart.ts';
import { ExportError } from '../ExportError.ts';
import { fyOf } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { sig, type Figure, type FigureRequest } from './Figure.ts';
import { checkParameter, groupName, pickVariants, sweepStats } from './sweepStats.ts';

/** Builds the influence figure of a sweep. */
export function influenceFromSweep(input: SweepInput, req: FigureRequest): Figure {
  return yearlyFromSweep(input, req, 'gpInfluence');
}

/** Builds the delegated-share figure of a sweep (contested devolution, docs/ODD.md §7.14a). */
export function devolutionFromSweep(input: SweepInput, req: FigureRequest): Figure {
  return yearlyFromSweep(input, req, 'delegatedShare');
}

const WHAT = {
  gpInfluence: {
    type: 'influence' as const,
    title: 'GP influence over time',
    noun: 'GP influence',
    explain: `GP influence is how far general practice's presence moved the adopted allocations from those taken with its seats empty towards its ideal (0 none, 1 all the way), weighted by budget.`,
  },
  delegatedShare: {
    type: 'devolution' as const,
    title: 'Share of the budget delegated to places',
    noun: 'delegated share',
    explain: `The delegated share is the part of each ICB's envelope that place boards decide; when devolution is contested the ICB board sets it each year (councils and general practice for, trusts and the ICB executive against).`,
  },
};

function yearlyFromSweep(input: SweepInput, req: FigureRequest, measure: keyof typeof WHAT): Figure {
  const what = WHAT[measure];
  const YEARLY = new RegExp(`^yearly\\.(\\d{4})\\.${measure}$`);
  const cols = input.columns.filter((c) => YEARLY.test(c)).sort();
  if (!cols.length) throw new ExportError(`${input.path}: no ${what.noun} per year in this sweep (no yearly.YEAR.${measure} columns; the sweep may come from an older icsim)`);
  const variants = pickVariants(input, req.variants);
  const by = req.by ? [req.by] : [];
  if (req.by) checkParameter(input, '--by', req.by);
  const s = sweepStats(input, { by, metrics: cols });
  const years = cols.map((c) => YEARLY.exec(c)![1]!);
  const labels = years.map(fyOf);
  const series = new Map<string, { name: string; variant: string; group: unknown[]; mean: Array<number | null>; lower: Array<number | null>; upper: Array<number | null>; n: number[] }>();
  for (const l of s.lines) {
    if (!variants.includes(l.variant)) continue;
    const key = JSON.stringify([l.group, l.variant]);
    let e = series.get(key);
    if (!e) {
      const parts = [...(variants.length > 1 || !by.length ? [l.variant] : []), ...(by.length ? [groupName(by, l.group)] : [])];
      e = { name: parts.join(', '), variant: l.variant, group: l.group, mean: labels.map(() => null), lower: labels.map(() => null), upper: labels.map(() => null), n: labels.map(() => 0) };
      series.set(key, e);
    }
    const i = cols.indexOf(l.metric);
    e.mean[i] = sig(l.level.mean);
    e.lower[i] = sig(l.level.ciLow);
    e.upper[i] = sig(l.level.ciHigh);
    e.n[i] = l.level.n;
  }
  const list = [...series.values()];
  const groups = [...new Set(list.map((e) => JSON.stringify(e.group)))];
  const bandSeries: BandSeries[] = list.map((e) => ({
    name: e.name,
    values: e.mean,
    lower: e.lower,
    upper: e.upper,
    style: by.length ? groups.indexOf(JSON.stringify(e.group)) + (variants.length > 1 ? input.header.variants.indexOf(e.variant) * groups.length : 0) : input.header.variants.indexOf(e.variant),
  }));
  const pooled = input.header.paths.filter((p) => !by.includes(p));
  const title = req.title ?? what.title;
  const caption =
    req.caption ??
    `Lines: mean ${what.noun} across ${input.header.reps} replications${list.length > 1 ? (by.length ? ' at each value' : ' of each option') : ''}; shaded bands: 95% confidence intervals of the mean (Student's t). ` +
      what.explain +
      (pooled.length && input.header.points > 1 ? ` Pooled over the ${input.header.points} design points of ${pooled.join(', ')}.` : '');
  const rows = list.flatMap((e) =>
    labels.map((fy, i) => ({ series: e.name, variant: e.variant, ...Object.fromEntries(by.map((b, k) => [b, e.group[k] as string | number])), fy, n: e.n[i]!, mean: e.mean[i]!, ci95_low: e.lower[i]!, ci95_high: e.upper[i]! })),
  );
  const labelsOf = { ...(req.yLabel ? { yLabel: req.yLabel } : {}), ...(req.xLabel ? { xLabel: req.xLabel } : {}) };
  return {
    type: what.type,
    title,
    caption,
    variants,
    rows,
    draw: (c, o) =>
      measure === 'gpInfluence'
        ? influenceChart({ years: labels, series: bandSeries }, c, { ...o, title, caption, ...labelsOf })
        : delegatedShareChart(labels, bandSeries, c, { ...o, title, caption, ...labelsOf }),
  };
}

