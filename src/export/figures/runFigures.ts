/**
 * Figures from a single run's result: GP influence per year (the line
 * alone) and outcomes per year by kind of organisation. Pure functions of
 * the result, so the browser can build the same figures as the CLI.
 */
import { outcomeCounts, KIND_LABELS } from '../../charts/outcomesChart.ts';
import { influenceChart, outcomesByYearChart } from '../../charts/print/index.ts';
import type { RunResult } from '../../engine/index.ts';
import { ORG_KINDS } from '../../engine/light.ts';
import { fyOf } from '../labels.ts';
import { delegatedShareChart } from './delegatedShareChart.ts';
import type { Figure, FigureRequest } from './Figure.ts';

/** GP influence per financial year of one run. */
export function influenceFromRun(result: RunResult, req: FigureRequest): Figure {
  const yearly = result.summary.yearly ?? {};
  const years = Object.keys(yearly).sort();
  const values = years.map((y) => yearly[y]!.gpInfluence ?? null);
  const labels = years.map(fyOf);
  const title = req.title ?? 'GP influence over time';
  const caption =
    req.caption ??
    `Line: GP influence in each financial year of one run (seed ${String(result.meta.seed)}): how far general practice's presence moved the adopted allocations from those taken with its seats empty towards its ideal (0 none, 1 all the way; ` +
      `in its own utility), weighted by budget. A year with no negotiated decision is left blank.`;
  return {
    type: 'influence',
    title,
    caption,
    variants: [result.meta.scenario],
    rows: labels.map((fy, i) => ({ fy, year: Number(years[i]), gpInfluence: values[i] ?? null })),
    draw: (c, o) =>
      influenceChart({ years: labels, series: [{ name: result.meta.scenario, values }] }, c, {
        ...o,
        title,
        caption,
        ...(req.yLabel ? { yLabel: req.yLabel } : {}),
        ...(req.xLabel ? { xLabel: req.xLabel } : {}),
      }),
  };
}

/** The delegated share per financial year of one run (moves year by year when devolution is contested). */
export function devolutionFromRun(result: RunResult, req: FigureRequest): Figure {
  const yearly = result.summary.yearly ?? {};
  const years = Object.keys(yearly).sort();
  const values = years.map((y) => yearly[y]!.delegatedShare ?? null);
  const labels = years.map(fyOf);
  const title = req.title ?? 'Share of the budget delegated to places';
  const caption =
    req.caption ??
    `Line: the mean share of the ICB envelope delegated to place boards in each financial year of one run (seed ${String(result.meta.seed)})` +
      (result.devolution?.length ? `; the ICB board decides it each year (contested devolution).` : `; it is a fixed input in this scenario.`);
  return {
    type: 'devolution',
    title,
    caption,
    variants: [result.meta.scenario],
    rows: labels.map((fy, i) => ({ fy, year: Number(years[i]), delegatedShare: values[i] ?? null })),
    draw: (c, o) => delegatedShareChart(labels, [{ name: result.meta.scenario, values }], c, { ...o, title, caption, ...(req.yLabel ? { yLabel: req.yLabel } : {}) }),
  };
}

/** Outcomes per financial year, one panel per kind of organisation, from a run's year-end table. */
export function outcomesFromRun(result: RunResult, req: FigureRequest): Figure {
  const cells = outcomeCounts(result.years, ORG_KINDS);
  const kinds = [...new Set(cells.map((c) => c.kind))];
  const panels = kinds.map((kind) => ({
    label: KIND_LABELS[kind] ?? kind,
    years: cells.filter((c) => c.kind === kind).map((c) => ({ fy: c.fy, surplus: c.surplus, breakeven: c.breakeven, deficit: c.deficit })),
  }));
  const title = req.title ?? 'Year-end outcomes by kind of organisation';
  const caption =
    req.caption ??
    `Bars: organisations of each kind ending each financial year in surplus, break-even (a result within the tolerance band) or deficit, in one run (seed ${String(result.meta.seed)}).`;
  return {
    type: 'outcomes',
    title,
    caption,
    variants: [result.meta.scenario],
    rows: cells.map((c) => ({ kind: c.kind, fy: c.fy, surplus: c.surplus, breakeven: c.breakeven, deficit: c.deficit })),
    draw: (c, o) => outcomesByYearChart(panels, c, { ...o, title, caption, ...(req.yLabel ? { yLabel: req.yLabel } : {}) }),
  };
}
