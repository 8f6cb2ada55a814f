/** The options appraisal as a forest plot: paired differences from the baseline with 95% intervals, one block per outcome measure. */
import { forestPlot, type ForestMeasure } from '../../charts/print/index.ts';
import type { SweepInput } from '../readInput.ts';
import { appraise, type Appraisal } from './appraise.ts';
import { sig, type Figure, type FigureRequest } from './Figure.ts';

/** Forest-plot measures of an appraisal (values in display units). */
export function forestMeasures(a: Appraisal, variants: readonly string[]): ForestMeasure[] {
  return a.measures.map((m) => ({
    label: m.label,
    format: m.format,
    rows: m.options.map((o) => ({
      name: o.variant,
      mean: o.diff.mean * m.scale,
      lower: o.diff.ciLow * m.scale,
      upper: o.diff.ciHigh * m.scale,
      n: o.diff.n,
      style: variants.indexOf(o.variant),
    })),
  }));
}

/** Builds the options figure of a sweep. */
export function optionsFigure(input: SweepInput, req: FigureRequest): Figure {
  const a = appraise(input, { baseline: req.baseline, metrics: req.metrics, variants: req.variants });
  const pairs = [...new Set(a.measures.flatMap((m) => m.options.map((o) => o.diff.n)))];
  const title = req.title ?? `Options compared with ${a.baseline}`;
  const caption =
    req.caption ??
    `Markers: mean difference of each option from ${a.baseline}, paired by replication (common random numbers), ${pairs.length === 1 ? `${pairs[0]} pairs` : `${Math.min(...pairs)} to ${Math.max(...pairs)} pairs`}; ` +
      `lines: 95% confidence intervals (Student's t); a filled marker means the interval excludes zero.` +
      (a.unchanged.length ? ` Not shown (no option differed): ${a.unchanged.join(', ')}.` : '') +
      (input.header.points > 1 ? ` Pooled over the ${input.header.points} design points of ${input.header.paths.join(', ')}.` : '');
  const measures = forestMeasures(a, input.header.variants);
  const rows = a.measures.flatMap((m) =>
    m.options.map((o) => ({
      measure: m.label,
      metric: m.metric,
      option: o.variant,
      baseline: a.baseline,
      scale: m.scale,
      n_pairs: o.diff.n,
      diff_mean: sig(o.diff.mean * m.scale),
      diff_ci95_low: sig(o.diff.ciLow * m.scale),
      diff_ci95_high: sig(o.diff.ciHigh * m.scale),
      option_mean: sig(o.level.mean * m.scale),
      baseline_mean: sig(m.baseline.mean * m.scale),
    })),
  );
  return {
    type: 'options',
    title,
    caption,
    variants: [a.baseline, ...a.options],
    rows,
    draw: (c, o) => forestPlot(measures, c, { ...o, title, caption, baseline: a.baseline }),
  };
}
