/** A metric over two swept parameters: the mean across replications in each cell. */
import { heatmapChart, type HeatCell } from '../../charts/print/index.ts';
import { ExportError } from '../ExportError.ts';
import { metricLabel, parameterLabel } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { lowerFirst, sig, type Figure, type FigureRequest } from './Figure.ts';
import { sweptAxes } from './responseFigure.ts';
import { oneMetric, pickVariants, sweepStats } from './sweepStats.ts';

/** Builds the heatmap figure of a sweep (x: --x or the first varied parameter; y: --by or the next). */
export function heatmapFigure(input: SweepInput, req: FigureRequest): Figure {
  const paths = input.header.paths;
  if (paths.length < 2) {
    throw new ExportError(`${input.path}: a heatmap needs a sweep that varies two parameters; this sweep varies ${paths.length ? `only ${paths[0]}` : 'none'} (try --type response)`);
  }
  const x = req.x ?? paths.find((p) => p !== req.by)!;
  const { by } = sweptAxes(input, { ...req, x, by: req.by ?? paths.find((p) => p !== x) }, 'a heatmap');
  const y = by!;
  const variants = pickVariants(input, req.variants);
  if (variants.length > 1) throw new ExportError(`${input.path}: a heatmap shows one variant; this sweep has ${variants.length} (${variants.join(', ')}): choose one with --variant`);
  const variant = variants[0]!;
  const metric = oneMetric(input, req.metrics?.[0] ?? 'gpInfluence');
  const lab = metricLabel(metric);
  const s = sweepStats(input, { by: [x, y], metrics: [metric] });
  const lines = s.lines.filter((l) => l.variant === variant);
  const uniq = (k: number) => {
    const out: Array<string | number> = [];
    for (const l of lines) {
      const v = l.group[k] as string | number;
      if (!out.some((u) => JSON.stringify(u) === JSON.stringify(v))) out.push(v);
    }
    return k === 1 && out.every((v) => typeof v === 'number') ? (out as number[]).sort((a, b) => a - b) : out;
  };
  const xs = uniq(0);
  const ys = uniq(1);
  const cells: HeatCell[] = lines.map((l) => ({ x: l.group[0] as string | number, y: l.group[1] as string | number, value: (sig(l.level.mean * lab.scale) ?? NaN), n: l.level.n }));
  const xLabel = req.xLabel ?? parameterLabel(x);
  const yLabel = req.yLabel ?? parameterLabel(y);
  const pooled = paths.filter((p) => p !== x && p !== y);
  const ns = [...new Set(cells.map((c) => c.n))];
  const title = req.title ?? `${lab.label.replace(/ \(.*\)$/, '')} by ${x.split('.').pop()} and ${y.split('.').pop()}${input.header.variants.length > 1 ? `: ${variant}` : ''}`;
  const caption =
    req.caption ??
    `Cells: mean ${lowerFirst(lab.label.replace(/ \(.*\)$/, ''))} across ${ns.length === 1 ? ns[0] : `${Math.min(...ns)} to ${Math.max(...ns)}`} runs at each pair of levels; ` +
      `darker is lower on the colour key.` + (pooled.length ? ` Pooled over ${pooled.join(', ')}.` : '');
  const rows = lines.map((l) => ({ variant, [x]: l.group[0] as string | number, [y]: l.group[1] as string | number, metric, n: l.level.n, mean: sig(l.level.mean * lab.scale), sd: sig(l.level.sd * lab.scale), ci95_low: sig(l.level.ciLow * lab.scale), ci95_high: sig(l.level.ciHigh * lab.scale) }));
  return {
    type: 'heatmap',
    title,
    caption,
    variants,
    rows,
    draw: (c, o) => heatmapChart({ x: xs, y: ys, cells }, c, { ...o, title, caption, xLabel, yLabel, valueLabel: lab.label, format: lab.format }),
  };
}
