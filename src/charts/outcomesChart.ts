/**
 * Surplus, break-even and deficit outcomes per financial year, one small
 * panel per kind of organisation (docs/ODD.md §7.15: how an outcome is
 * classified). Drawn from the year-end table.
 */
import { SCREEN_STYLE } from './chartStyle.ts';
import { createFrame, emptyMessage, slug, type ChartOptions } from './frame.ts';
import { drawLegend, legendHeight } from './legend.ts';
import { addHatch, drawOutcomePanels, OUTCOME_LABELS, OUTCOMES, outcomeLegend } from './outcomePanels.ts';
// From the module itself: the engine's index would load the whole engine with the page's charts.
import { KIND_LABELS } from '../engine/light.ts';

/** The fields of a year-end row this chart reads. */
export interface OutcomeRow {
  fy: string;
  kind: string;
  outcome: string;
}

/** Code-point order (kinds and years are ASCII ids; localeCompare would load a collator in the browser). */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Counted = (typeof OUTCOMES)[number];

/** Readable names of the engine's organisation kinds (the engine's kind descriptors). */
export { KIND_LABELS };

/** Counts per kind, year and outcome. */
export interface OutcomeCell {
  kind: string;
  fy: string;
  surplus: number;
  breakeven: number;
  deficit: number;
}

/** Counts outcomes by kind and financial year ('none' is not counted). */
export function outcomeCounts(rows: readonly OutcomeRow[], kindOrder: readonly string[] = []): OutcomeCell[] {
  const cells = new Map<string, OutcomeCell>();
  for (const r of rows) {
    if (!(OUTCOMES as readonly string[]).includes(r.outcome)) continue;
    const key = `${r.kind}\u0000${r.fy}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { kind: r.kind, fy: r.fy, surplus: 0, breakeven: 0, deficit: 0 }));
    c[r.outcome as Counted]++;
  }
  const rank = (k: string) => {
    const i = kindOrder.indexOf(k);
    return i < 0 ? kindOrder.length : i;
  };
  return [...cells.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || codeOrder(a.kind, b.kind) || codeOrder(a.fy, b.fy));
}

/** Options of the outcomes chart. */
export interface OutcomesOptions extends ChartOptions {
  /** Order of the panels (kinds not listed follow, alphabetically). */
  kindOrder?: readonly string[];
  /** Panels per row (default: up to 4). */
  columns?: number;
}

/** Draws the outcome panels. */
export function outcomesChart(rows: readonly OutcomeRow[], container: Element, options: OutcomesOptions = {}): SVGSVGElement {
  const width = options.width ?? 640;
  const cells = outcomeCounts(rows, options.kindOrder);
  const kinds = [...new Set(cells.map((c) => c.kind))];
  const years = [...new Set(cells.map((c) => c.fy))].sort();
  const st = SCREEN_STYLE;
  const title = options.title ?? 'Year-end outcomes by kind of organisation';
  // The frame's id, which also names the hatch pattern (unique in the page).
  const id = options.id ?? slug(title);
  const hatch = `${id}-hatch`;
  const legend = outcomeLegend(hatch, st);
  const legendH = legendHeight(legend, width - 2 * st.pad, st);
  // On a narrow chart the unit note goes on a line of its own below the legend (beside the title it would collide).
  const noteBelow = width < 560;
  const total = cells.reduce((s, c) => s + c.surplus + c.breakeven + c.deficit, 0);
  const deficits = cells.reduce((s, c) => s + c.deficit, 0);
  const desc =
    `Stacked bars of organisations ending each financial year in surplus, break-even or deficit, one panel per kind of organisation ` +
    `(${kinds.map((k) => KIND_LABELS[k] ?? k).join(', ') || 'none yet'}); ${years.length} financial years; ` +
    `${total} organisation-years, of which ${deficits} in deficit.`;
  const f = createFrame(
    container,
    {
      kind: 'chart-outcomes',
      width,
      height: options.height ?? 320,
      title,
      defaultDescription: desc,
      ...(options.description !== undefined ? { description: options.description } : {}),
      id,
      inner: { top: 10 + (noteBelow ? st.legend.row : 0), right: 10, bottom: 10 - st.pad, left: 10 },
      legendHeight: legendH,
    },
    st,
  );
  addHatch(f, hatch);
  drawLegend(f.svg, legend, f.pad, f.legendY, width - 2 * st.pad, st);
  if (!kinds.length) {
    emptyMessage(f, 'No completed financial year yet');
    return f.svg.node()!;
  }
  const panels = kinds.map((kind) => ({ kind, label: KIND_LABELS[kind] ?? kind, years: cells.filter((c) => c.kind === kind) }));
  // Panels at least about 150 px wide, so their titles and year labels fit.
  drawOutcomePanels(f, panels, {
    columns: options.columns ?? 4,
    minWidth: 150,
    hatch,
    dataAttribute: 'data-kind',
    dataValue: (_, i) => panels[i]!.kind,
    tooltip: (p, fy, k, v) => `${p.label}, ${fy}: ${v} ${OUTCOME_LABELS[k].toLowerCase()}`,
  });
  // Unit note: counts are organisation-years.
  f.svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', noteBelow ? f.pad : width - f.pad)
    .attr('y', noteBelow ? f.legendY + legendH + st.legend.row / 2 : f.pad + st.type.title)
    .attr('text-anchor', noteBelow ? 'start' : 'end')
    .attr('font-size', st.type.label)
    .attr('fill', st.ink.text)
    .text('Bars: number of organisations');
  return f.svg.node()!;
}

/** The rows behind the chart, for CSV export. */
export function outcomesRows(rows: readonly OutcomeRow[], kindOrder: readonly string[] = []): Array<Record<string, string | number>> {
  return outcomeCounts(rows, kindOrder).map((c) => ({ ...c }));
}
