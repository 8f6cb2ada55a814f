/**
 * Surplus, break-even and deficit outcomes per financial year, one small
 * panel per kind of organisation (MODEL.md §6, "surplus and deficit
 * outcomes"). Drawn from the year-end table.
 */
import { axisBottom, axisLeft, max, scaleBand, scaleLinear } from 'd3';
import { createFrame, drawLegend, emptyMessage, legendHeight, styleAxis, type ChartOptions, type LegendItem } from './frame.ts';
import { OUTCOME_COLOURS } from './palette.ts';
import { KIND_LABELS } from '../engine/index.ts';

/** The fields of a year-end row this chart reads. */
export interface OutcomeRow {
  fy: string;
  kind: string;
  outcome: string;
}

const OUTCOMES = ['surplus', 'breakeven', 'deficit'] as const;

/** Code-point order (kinds and years are ASCII ids; localeCompare would load a collator in the browser). */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Counted = (typeof OUTCOMES)[number];
const LABEL: Record<Counted, string> = { surplus: 'Surplus', breakeven: 'Break-even', deficit: 'Deficit' };

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
  const legend: LegendItem[] = OUTCOMES.map((o) => ({ label: LABEL[o], colour: OUTCOME_COLOURS[o], shape: 'swatch' }));
  const legendH = legendHeight(legend, width - 16);
  // On a narrow chart the unit note goes on a line of its own below the legend (beside the title it would collide).
  const noteBelow = width < 560;
  const lh = legendH + (noteBelow ? 16 : 0);
  const margin = { top: 30 + lh + 10, right: 10, bottom: 10, left: 10 };
  const total = cells.reduce((s, c) => s + c.surplus + c.breakeven + c.deficit, 0);
  const deficits = cells.reduce((s, c) => s + c.deficit, 0);
  const desc =
    `Stacked bars of organisations ending each financial year in surplus, break-even or deficit, one panel per kind of organisation ` +
    `(${kinds.map((k) => KIND_LABELS[k] ?? k).join(', ') || 'none yet'}); ${years.length} financial years; ` +
    `${total} organisation-years, of which ${deficits} in deficit.`;
  const f = createFrame(container, 'chart-outcomes', { title: 'Year-end outcomes by kind of organisation', ...options }, margin, desc);
  drawLegend(f, legend, 8, 36, width - 16);
  if (!kinds.length) {
    emptyMessage(f, 'No completed financial year yet');
    return f.svg.node()!;
  }
  // Panels at least about 150 px wide, so their titles and year labels fit.
  const cols = Math.max(1, Math.min(options.columns ?? 4, kinds.length, Math.floor(f.innerWidth / 150)));
  const rowsN = Math.ceil(kinds.length / cols);
  const pw = f.innerWidth / cols;
  const ph = f.innerHeight / rowsN;
  const pm = { top: 18, right: 6, bottom: 22, left: 34 };
  const short = (fy: string) => (years.length > 1 ? fy.slice(2) : fy);
  kinds.forEach((kind, i) => {
    const g = f.plot
      .append('g')
      .attr('class', 'panel')
      .attr('data-kind', kind)
      .attr('transform', `translate(${(i % cols) * pw + pm.left},${Math.floor(i / cols) * ph + pm.top})`);
    const iw = Math.max(10, pw - pm.left - pm.right);
    const ih = Math.max(10, ph - pm.top - pm.bottom);
    const data = years.map((fy) => cells.find((c) => c.kind === kind && c.fy === fy) ?? { kind, fy, surplus: 0, breakeven: 0, deficit: 0 });
    const x = scaleBand<string>().domain(years).range([0, iw]).padding(0.2);
    const y = scaleLinear()
      .domain([0, max(data, (d) => d.surplus + d.breakeven + d.deficit) || 1])
      .nice()
      .range([ih, 0]);
    g.append('text').attr('class', 'panel-title').attr('x', 0).attr('y', -6).attr('font-weight', 'bold').attr('fill', '#222').text(KIND_LABELS[kind] ?? kind);
    // Counts: whole-number ticks only.
    const yTicks = y.ticks(Math.max(2, Math.min(5, Math.floor(ih / 25)))).filter((v) => Number.isInteger(v));
    const gy = g.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat((v) => String(v)));
    styleAxis(gy);
    const step = Math.ceil((years.length * 34) / iw);
    const gx = g
      .append('g')
      .attr('class', 'axis axis-x')
      .attr('transform', `translate(0,${ih})`)
      .call(axisBottom(x).tickValues(years.filter((_, k) => k % step === 0)).tickFormat(short));
    styleAxis(gx);
    for (const d of data) {
      let base = 0;
      for (const o of OUTCOMES) {
        const v = d[o];
        if (v > 0) {
          g.append('rect')
            .attr('class', `bar bar-${o}`)
            .attr('x', x(d.fy)!)
            .attr('width', x.bandwidth())
            .attr('y', y(base + v))
            .attr('height', Math.max(0, y(base) - y(base + v)))
            .attr('fill', OUTCOME_COLOURS[o])
            .append('title')
            .text(`${KIND_LABELS[kind] ?? kind}, ${d.fy}: ${v} ${LABEL[o].toLowerCase()}`);
        }
        base += v;
      }
    }
  });
  // Unit note: counts are organisation-years.
  f.svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', noteBelow ? 8 : width - 10)
    .attr('y', noteBelow ? 36 + legendH : 18)
    .attr('text-anchor', noteBelow ? 'start' : 'end')
    .attr('fill', '#444')
    .text('Bars: number of organisations');
  return f.svg.node()!;
}

/** The rows behind the chart, for CSV export. */
export function outcomesRows(rows: readonly OutcomeRow[], kindOrder: readonly string[] = []): Array<Record<string, string | number>> {
  return outcomeCounts(rows, kindOrder).map((c) => ({ ...c }));
}
