/**
 * Outcomes per financial year from a sweep: mean counts per run across
 * replications. Panels are kinds of organisation when the sweep has
 * per-kind yearly columns (`yearly.YEAR.byKind.KIND.OUTCOME`) and one
 * variant is shown; otherwise one panel per option, all organisations.
 */
import { KIND_LABELS } from '../../charts/outcomesChart.ts';
import { outcomesByYearChart, type OutcomePanel } from '../../charts/print/index.ts';
import { ORG_KINDS } from '../../engine/index.ts';
import { ExportError } from '../ExportError.ts';
import { fyOf } from '../labels.ts';
import type { SweepInput } from '../readInput.ts';
import { sig, type Figure, type FigureRequest } from './Figure.ts';
import { pickVariants, sweepStats } from './sweepStats.ts';

const COLUMN = /^yearly\.(\d{4})\.(?:byKind\.(\w+)\.)?(surplus|breakeven|deficit)$/;
const OUTCOMES = ['surplus', 'breakeven', 'deficit'] as const;

/** Builds the outcomes figure of a sweep. */
export function outcomesFromSweep(input: SweepInput, req: FigureRequest): Figure {
  const variants = pickVariants(input, req.variants);
  const parsed = input.columns.map((c) => ({ c, m: COLUMN.exec(c) })).filter((x) => x.m);
  const byKind = variants.length === 1 && parsed.some((x) => x.m![2]);
  const cols = parsed.filter((x) => Boolean(x.m![2]) === byKind);
  if (!cols.length) throw new ExportError(`${input.path}: no outcomes per year in this sweep (no yearly.YEAR.surplus/breakeven/deficit columns; the sweep may come from an older icsim)`);
  const s = sweepStats(input, { by: [], metrics: cols.map((x) => x.c) });
  const info = new Map(cols.map((x) => [x.c, { year: x.m![1]!, kind: x.m![2] ?? '', outcome: x.m![3] as (typeof OUTCOMES)[number] }]));
  const panelKey = (variant: string, kind: string) => (byKind ? kind : variant);
  const cells = new Map<string, Map<string, { surplus: number; breakeven: number; deficit: number }>>();
  const rows: Figure['rows'] = [];
  for (const l of s.lines) {
    if (!variants.includes(l.variant)) continue;
    const i = info.get(l.metric)!;
    const key = panelKey(l.variant, i.kind);
    let p = cells.get(key);
    if (!p) cells.set(key, (p = new Map()));
    const fy = fyOf(i.year);
    let y = p.get(fy);
    if (!y) p.set(fy, (y = { surplus: 0, breakeven: 0, deficit: 0 }));
    y[i.outcome] = sig(l.level.mean) ?? 0;
    rows.push({ panel: byKind ? i.kind : l.variant, variant: l.variant, fy, outcome: i.outcome, n: l.level.n, mean: sig(l.level.mean), ci95_low: sig(l.level.ciLow), ci95_high: sig(l.level.ciHigh) });
  }
  const order = byKind ? ORG_KINDS.filter((k) => cells.has(k)) : variants.filter((v) => cells.has(v));
  const panels: OutcomePanel[] = order.map((k) => ({
    label: byKind ? (KIND_LABELS[k] ?? k) : k,
    years: [...cells.get(k)!.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([fy, v]) => ({ fy, ...v })),
  }));
  const title = req.title ?? (byKind ? `Year-end outcomes by kind of organisation: ${variants[0]}` : 'Year-end outcomes per option, all organisations');
  const caption =
    req.caption ??
    `Bars: mean number of organisations per run ending each financial year in surplus, break-even (a result within the tolerance band) or deficit, ` +
      `across ${input.header.reps} replications${byKind ? '' : ' of each option'}.` +
      (input.header.points > 1 ? ` Pooled over the ${input.header.points} design points of ${input.header.paths.join(', ')}.` : '');
  return {
    type: 'outcomes',
    title,
    caption,
    variants,
    rows,
    draw: (c, o) => outcomesByYearChart(panels, c, { ...o, title, caption, yLabel: req.yLabel ?? 'organisations (mean per run)', yFormat: '~r' }),
  };
}
