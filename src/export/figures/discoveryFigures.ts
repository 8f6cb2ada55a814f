/**
 * Figures of scenario discovery and robustness (issue 27): a PRIM
 * trajectory's coverage-density trade-off and its chosen box against each
 * input's range (from `icsim discover --out`), and a heatmap of each
 * option's maximum regret per metric (from `icsim robust`).
 */
import { boxLimitsChart, heatmapChart, tradeoffChart } from '../../charts/print/index.ts';
import { ExportError } from '../ExportError.ts';
import { metricLabel } from '../labels.ts';
import type { DiscoveryInput, RobustInput } from '../readInput.ts';
import { sig, type Figure, type FigureRequest } from './Figure.ts';

const pct = (v: number) => `${Math.round(100 * v)}%`;

/** Coverage against density of every box of the trajectory. */
export function tradeoffFigure(input: DiscoveryInput, req: FigureRequest): Figure {
  const r = input.report;
  const c = r.trajectory[r.chosen]!;
  const title = req.title ?? 'Under which conditions: the boxes PRIM found';
  const caption =
    req.caption ??
    `Outcome: ${r.outcome} (${r.cases} of ${r.points} points). Each dot is a box of the peeling and pasting trajectory (PRIM, peel ${r.options.peelAlpha}, paste ${r.options.pasteAlpha}, least mass ${r.options.minMass}); ` +
      `coverage is the share of the points where the outcome holds that lie in the box, density the share of the box's points where it holds. Ringed: box ${r.chosen}, the densest with coverage at least ${pct(r.options.minCoverage)}.`;
  const rows = r.trajectory.map((b, i) => ({ box: i, step: b.step, coverage: sig(b.coverage), density: sig(b.density), mass: sig(b.mass), restricted: b.restricted.length, chosen: i === r.chosen ? 1 : 0 }));
  return {
    type: 'tradeoff',
    title,
    caption,
    variants: [],
    rows,
    draw: (el, o) => tradeoffChart(r.trajectory.map((b) => ({ coverage: b.coverage, density: b.density, restricted: b.restricted.length })), el, { ...o, title, caption, chosen: r.chosen, chosenLabel: `box ${r.chosen}, ${c.restricted.length} inputs` }),
  };
}

/** The box's limits that matter (the pruned box) against each input's range. */
export function boxFigure(input: DiscoveryInput, req: FigureRequest): Figure {
  const r = input.report;
  const b = r.pruned;
  const title = req.title ?? 'Where the outcome holds';
  const caption =
    req.caption ??
    `Outcome: ${r.outcome}. Thick bars: the box (PRIM box ${r.chosen}, limits with quasi-p-value above 0.05 dropped): coverage ${pct(b.coverage)}, density ${pct(b.density)}, ${pct(b.mass)} of the ${r.points} points. ` +
      `Thin lines: each input's range. p: quasi-p-value of a limit (one-sided binomial test against the box without it).`;
  const rows = b.limits.map((l) => ({ path: l.path, name: l.name, lo: sig(l.lo), hi: sig(l.hi), rangeLo: sig(l.rangeLo), rangeHi: sig(l.rangeHi), qpLo: l.quasiP.lo === null ? null : sig(l.quasiP.lo), qpHi: l.quasiP.hi === null ? null : sig(l.quasiP.hi) }));
  return {
    type: 'box',
    title,
    caption,
    variants: [],
    rows,
    draw: (el, o) =>
      boxLimitsChart(
        b.limits.map((l) => ({ name: `${l.name} (${l.path})`, lo: l.lo, hi: l.hi, rangeLo: l.rangeLo, rangeHi: l.rangeHi, restrictsLo: l.restrictsLo, restrictsHi: l.restrictsHi, qpLo: l.quasiP.lo, qpHi: l.quasiP.hi })),
        el,
        { ...o, title, caption },
      ),
  };
}

/** A metric's plain label without its unit, e.g. "GP influence". */
const shortLabel = (metric: string) => metricLabel(metric).label.replace(/ \(.*\)$/, '');

/** Maximum regret of each option per metric, as a share of the largest among the options. */
export function regretFigure(input: RobustInput, req: FigureRequest): Figure {
  const r = input.report;
  const metrics = req.metrics?.length ? r.metrics.filter((m) => req.metrics!.includes(m.metric)) : r.metrics;
  const unknown = (req.metrics ?? []).filter((m) => !r.metrics.some((q) => q.metric === m));
  if (unknown.length) throw new ExportError(`--metric ${unknown.join(', ')}: not in ${input.path} (metrics: ${r.metrics.map((m) => m.metric).join(', ')})`);
  const title = req.title ?? 'Which option stays nearest the best, whatever the future';
  const caption =
    req.caption ??
    `Each option's largest regret over ${r.scenarios} futures (Latin hypercube over ${r.uncertain.join(', ')}; ${r.reps} replication${r.reps === 1 ? '' : 's'} each, the same seeds for every option), ` +
      `as a share of the largest of any option for that metric: 0 means never worse than the best option in the same future. Regret is the shortfall from the best option in the same future.`;
  const rows = metrics.flatMap((m) => r.options.map((o, i) => ({ metric: m.metric, better: m.larger === 'better' ? 'larger' : 'smaller', option: o, mean: sig(m.mean[i]!), maxRegret: sig(m.maxRegret[i]!), p90Regret: sig(m.p90Regret[i]!), medianRegret: sig(m.medianRegret[i]!) })));
  const cells = metrics.flatMap((m) => {
    const top = Math.max(...m.maxRegret);
    return r.options.map((o, i) => ({ x: shortLabel(m.metric), y: o, value: top > 0 ? m.maxRegret[i]! / top : 0, n: r.scenarios }));
  });
  return {
    type: 'regret',
    title,
    caption,
    variants: [...r.options],
    rows,
    draw: (el, o) => heatmapChart({ x: metrics.map((m) => shortLabel(m.metric)), y: [...r.options].reverse(), cells }, el, { ...o, title, caption, xLabel: req.xLabel ?? 'Metric', yLabel: req.yLabel ?? 'Option', valueLabel: 'max regret (share)', format: '.2f' }),
  };
}
