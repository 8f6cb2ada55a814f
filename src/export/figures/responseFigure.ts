/** A metric against a swept parameter, with its 95% band; one line per value of --by (and per option when several are shown). */
import { responseChart, type BandSeries } from '../../charts/print/index.ts';
import { ExportError } from '../ExportError.ts';
import { metricLabel, parameterLabel } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { lowerFirst, sig, type Figure, type FigureRequest } from './Figure.ts';
import { checkParameter, groupName, oneMetric, pickVariants, sweepStats } from './sweepStats.ts';

/** The x parameter and optional --by parameter of a response or heatmap, checked. */
export function sweptAxes(input: SweepInput, req: FigureRequest, what: string): { x: string; by: string | undefined } {
  const paths = input.header.paths;
  if (!paths.length) throw new ExportError(`${input.path}: ${what} needs a sweep that varies a parameter (icsim sweep --vary path=...); this sweep varies none`);
  if (req.by) checkParameter(input, '--by', req.by);
  const x = req.x ?? paths.find((p) => p !== req.by);
  if (!x) throw new ExportError(`${input.path}: --by ${req.by} is the only varied parameter; nothing is left for the x axis`);
  checkParameter(input, '--x', x);
  if (x === req.by) throw new ExportError(`${input.path}: --x and --by are both ${x}; choose two different parameters`);
  return { x, by: req.by };
}

/** Builds the response figure of a sweep. */
export function responseFigure(input: SweepInput, req: FigureRequest): Figure {
  const { x, by } = sweptAxes(input, req, 'a response curve');
  const metric = oneMetric(input, req.metrics?.[0] ?? 'gpInfluence');
  const variants = pickVariants(input, req.variants);
  const groupBy = by ? [x, by] : [x];
  const s = sweepStats(input, { by: groupBy, metrics: [metric] });
  const lab = metricLabel(metric);
  const xs: Array<string | number> = [];
  for (const l of s.lines) {
    const v = l.group[0] as string | number;
    if (!xs.some((u) => JSON.stringify(u) === JSON.stringify(v))) xs.push(v);
  }
  const xIndex = (v: unknown) => xs.findIndex((u) => JSON.stringify(u) === JSON.stringify(v));
  const series = new Map<string, { name: string; variant: string; byValue: unknown; mean: Array<number | null>; lower: Array<number | null>; upper: Array<number | null>; n: number[] }>();
  for (const l of s.lines) {
    if (!variants.includes(l.variant)) continue;
    const byValue = by ? l.group[1] : null;
    const key = JSON.stringify([byValue, l.variant]);
    let e = series.get(key);
    if (!e) {
      const parts = [...(variants.length > 1 || !by ? [l.variant] : []), ...(by ? [groupName([by], [byValue])] : [])];
      e = { name: parts.join(', '), variant: l.variant, byValue, mean: xs.map(() => null), lower: xs.map(() => null), upper: xs.map(() => null), n: xs.map(() => 0) };
      series.set(key, e);
    }
    const i = xIndex(l.group[0]);
    e.mean[i] = sig(l.level.mean * lab.scale);
    e.lower[i] = sig(l.level.ciLow * lab.scale);
    e.upper[i] = sig(l.level.ciHigh * lab.scale);
    e.n[i] = l.level.n;
  }
  const list = [...series.values()];
  const byValues = [...new Set(list.map((e) => JSON.stringify(e.byValue)))];
  const bandSeries: BandSeries[] = list.map((e, i) => ({
    name: e.name,
    values: e.mean,
    lower: e.lower,
    upper: e.upper,
    style: by ? byValues.indexOf(JSON.stringify(e.byValue)) + (variants.length > 1 ? input.header.variants.indexOf(e.variant) * byValues.length : 0) : variants.length > 1 ? input.header.variants.indexOf(e.variant) : i,
  }));
  const xLabel = req.xLabel ?? parameterLabel(x);
  const yLabel = req.yLabel ?? lab.label;
  const pooled = input.header.paths.filter((p) => p !== x && p !== by);
  const ns = [...new Set(list.flatMap((e) => e.n.filter((n) => n > 0)))];
  const title = req.title ?? `${lab.label.replace(/ \(.*\)$/, '')} against ${lowerFirst(xLabel.replace(/ \(.*\)$/, ''))}`;
  const caption =
    req.caption ??
    `Lines: mean across ${ns.length === 1 ? ns[0] : `${Math.min(...ns)} to ${Math.max(...ns)}`} runs at each level of ${x}${by ? `, one line per value of ${by}` : ''}; ` +
      `shaded bands: 95% confidence intervals of the mean (Student's t).` +
      (pooled.length ? ` Pooled over ${pooled.join(', ')}.` : '');
  const rows = list.flatMap((e) =>
    xs.map((xv, i) => ({ series: e.name, variant: e.variant, [x]: xv, ...(by ? { [by]: e.byValue as string | number } : {}), metric, n: e.n[i]!, mean: e.mean[i]!, ci95_low: e.lower[i]!, ci95_high: e.upper[i]! })),
  );
  return {
    type: 'response',
    title,
    caption,
    variants,
    rows,
    draw: (c, o) => responseChart({ x: xs, series: bandSeries }, c, { ...o, title, caption, xLabel, yLabel, yFormat: lab.format }),
  };
}
