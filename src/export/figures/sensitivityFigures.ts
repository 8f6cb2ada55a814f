/**
 * Figures of a sensitivity analysis (a file from `icsim sensitivity`): the
 * Morris screen as mu* against sigma, and Sobol' indices as bars. The
 * indices are computed from the file by the same analysis as `icsim
 * sensitivity analyse`.
 */
import { morrisChart, sobolChart } from '../../charts/print/index.ts';
import { analyseSensitivity, type MetricAnalysis, type SensitivityAnalysis } from '../../sweep/analyseSensitivity.ts';
import { sensitivityOf } from '../../sweep/sensitivityPlan.ts';
import { SweepError } from '../../sweep/index.ts';
import { ExportError } from '../ExportError.ts';
import { metricLabel } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { lowerFirst, sig, type Figure, type FigureRequest } from './Figure.ts';
import { morrisFigureText } from './morrisFigureText.ts';

/** The analysis of one metric of a sensitivity file, for a chart of `method`. */
function analysed(input: SweepInput, req: FigureRequest, method: 'morris' | 'sobol'): { a: SensitivityAnalysis; m: MetricAnalysis } {
  const spec = sensitivityOf(input.header);
  if (!spec) throw new ExportError(`${input.path}: --type ${method} needs a file from icsim sensitivity --method ${method}; this is an ordinary sweep`);
  if (spec.method !== method) throw new ExportError(`${input.path}: this is a ${spec.method === 'morris' ? 'Morris screen' : "Sobol' analysis"}; draw it with --type ${spec.method}`);
  if ((req.metrics?.length ?? 0) > 1) throw new ExportError(`--type ${method} draws one --metric; got ${req.metrics!.length}`);
  const metric = req.metrics?.[0] ?? spec.metrics[0]!;
  try {
    const a = analyseSensitivity(input.path, [metric]);
    return { a, m: a.metrics[0]! };
  } catch (e) {
    if (e instanceof SweepError) throw new ExportError(e.message);
    throw e;
  }
}

const design = (a: SensitivityAnalysis) =>
  `${a.metrics[0]!.parameters.length} parameters, ${a.method === 'morris' ? `${a.trajectories} trajectories of ${a.levels} levels` : `n = ${a.n}`}, ${a.reps} replication${a.reps === 1 ? '' : 's'} averaged at each of ${a.points} points`;

/** mu* against sigma for one metric. */
export function morrisFigure(input: SweepInput, req: FigureRequest): Figure {
  const { a, m } = analysed(input, req, 'morris');
  const text = morrisFigureText(m.metric, design(a));
  const title = req.title ?? text.title;
  const caption = req.caption ?? text.caption;
  const scale = text.scale;
  const rows = m.parameters.map((p, i) => ({ metric: m.metric, rank: i + 1, parameter: p.path, lo: p.lo, hi: p.hi, mu: sig(p.mu! * scale), muStar: sig(p.muStar! * scale), muStarConf: sig(p.muStarConf! * scale), sigma: sig(p.sigma! * scale) }));
  const points = m.parameters.map((p) => ({ name: p.path, muStar: p.muStar! * scale, sigma: p.sigma! * scale, muStarConf: p.muStarConf! * scale }));
  return {
    type: 'morris',
    title,
    caption,
    variants: [a.variant],
    rows,
    draw: (c, o) => morrisChart(points, c, { ...o, title, caption, xLabel: req.xLabel ?? text.xLabel, yLabel: req.yLabel ?? text.yLabel }),
  };
}

/** S1 and ST bars for one metric. */
export function sobolFigure(input: SweepInput, req: FigureRequest): Figure {
  const { a, m } = analysed(input, req, 'sobol');
  const lab = metricLabel(m.metric);
  const name = lab.label.replace(/ \(.*\)$/, '');
  const title = req.title ?? `Where the uncertainty in ${lowerFirst(name)} comes from`;
  const caption =
    req.caption ??
    `Sobol' indices (${design(a)}): S1 is the share of the variance of ${lowerFirst(name)} that a parameter explains alone, ST the share it explains with its interactions; ` +
      `bars show the estimates and whiskers 95% bootstrap intervals. Largest ST first.`;
  const rows = m.parameters.map((p, i) => ({ metric: m.metric, rank: i + 1, parameter: p.path, lo: p.lo, hi: p.hi, S1: sig(p.S1!), S1Conf: sig(p.S1Conf!), ST: sig(p.ST!), STConf: sig(p.STConf!) }));
  const bars = m.parameters.map((p) => ({ name: p.path, S1: p.S1!, S1Conf: p.S1Conf!, ST: p.ST!, STConf: p.STConf! }));
  return {
    type: 'sobol',
    title,
    caption,
    variants: [a.variant],
    rows,
    draw: (c, o) => sobolChart(bars, c, { ...o, title, caption, xLabel: req.xLabel }),
  };
}
