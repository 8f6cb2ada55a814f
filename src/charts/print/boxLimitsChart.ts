/**
 * A scenario discovery box as a board paper figure: one row per restricted
 * input, its whole range as a thin line and the box's limits as a thick bar
 * on it, with the limits' values and quasi-p-values printed at the ends. A
 * bar that stops short of an end restricts that side.
 */
import { format, scaleLinear } from 'd3';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { seriesLook } from '../palette.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt, wrapText } from './printType.ts';

/** One restricted input. */
export interface BoxLimitRow {
  /** Plain name (and path) shown on the left. */
  name: string;
  lo: number;
  hi: number;
  rangeLo: number;
  rangeHi: number;
  restrictsLo: boolean;
  restrictsHi: boolean;
  qpLo: number | null;
  qpHi: number | null;
}

/** Draws the chart into `container` and returns the SVG element. */
export function boxLimitsChart(rows: readonly BoxLimitRow[], container: Element, o: PrintOptions): SVGSVGElement {
  const widthPt = mmToPt(o.widthMm ?? 160);
  const labelW = Math.min(widthPt * 0.38, Math.max(60, ...rows.map((r) => textWidthPt(r.name, TYPE.tick))));
  const lines = rows.map((r) => wrapText(r.name, TYPE.tick, labelW));
  const rowH = rows.map((_, i) => Math.max(mmToPt(9), lines[i]!.length * TYPE.tick * 1.2 + TYPE.value * 2.6));
  const inner = { top: 4, right: 24, bottom: 6, left: r2(labelW + 10) };
  const contentH = Math.max(mmToPt(12), rowH.reduce((a, b) => a + b, 0)) + inner.top + inner.bottom;
  const desc = o.description ?? `Limits of a box on ${rows.length} inputs against each input's range: ${rows.map((r) => `${r.name} ${r.lo} to ${r.hi}`).join('; ')}.`;
  const f = printFrame(container, 'chart-box', { title: 'Where the outcome holds: the box', ...o }, inner, 0, contentH, desc);
  const x = scaleLinear().domain([0, 1]).range([0, f.innerWidth]);
  const num = (v: number) => format(Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? '.3~g' : '.3~r')(v).replace('-', '\u2212');
  const qp = (v: number | null) => (v === null ? '' : v < 0.001 ? ' (p<0.001)' : ` (p=${v.toFixed(3)})`);
  const main = seriesLook(0, P);
  let top = 0;
  if (!rows.length) f.plot.append('text').attr('x', 0).attr('y', TYPE.tick * 1.5).attr('font-size', TYPE.tick).attr('fill', INK.muted).text('No restriction: the outcome holds about as often everywhere in the space.');
  rows.forEach((r, i) => {
    const h = rowH[i]!;
    const g = f.plot.append('g').attr('class', 'input').attr('data-name', r.name).attr('transform', `translate(0,${r2(top)})`);
    const mid = h / 2;
    lines[i]!.forEach((t, k) => g.append('text').attr('x', -10).attr('y', r2(mid - ((lines[i]!.length - 1) * TYPE.tick * 1.2) / 2 + k * TYPE.tick * 1.2 + TYPE.tick * 0.35)).attr('text-anchor', 'end').attr('font-size', TYPE.tick).attr('fill', INK.text).text(t));
    const span = r.rangeHi - r.rangeLo || 1;
    const u = (v: number) => x(Math.min(1, Math.max(0, (v - r.rangeLo) / span)));
    g.append('line').attr('class', 'range').attr('x1', 0).attr('x2', r2(f.innerWidth)).attr('y1', r2(mid)).attr('y2', r2(mid)).attr('stroke', INK.rule).attr('stroke-width', 0.75);
    for (const [v, anchor] of [[r.rangeLo, 'start'], [r.rangeHi, 'end']] as const) {
      g.append('text').attr('class', 'range-end').attr('x', anchor === 'start' ? 0 : r2(f.innerWidth)).attr('y', r2(mid + TYPE.value * 1.6)).attr('text-anchor', anchor).attr('font-size', TYPE.value).attr('fill', INK.muted).text(num(v));
    }
    const x0 = u(r.lo);
    const x1 = u(r.hi);
    g.append('rect').attr('class', 'box').attr('x', r2(x0)).attr('width', r2(Math.max(1, x1 - x0))).attr('y', r2(mid - 3)).attr('height', 6).attr('fill', main.colour);
    if (r.restrictsLo) g.append('text').attr('class', 'limit limit-lo').attr('x', r2(x0)).attr('y', r2(mid - 5)).attr('text-anchor', 'middle').attr('font-size', TYPE.value).attr('fill', INK.text).text(`${num(r.lo)}${qp(r.qpLo)}`);
    if (r.restrictsHi) g.append('text').attr('class', 'limit limit-hi').attr('x', r2(x1)).attr('y', r2(mid - 5)).attr('text-anchor', 'middle').attr('font-size', TYPE.value).attr('fill', INK.text).text(`${num(r.hi)}${qp(r.qpHi)}`);
    top += h;
  });
  return f.svg.node()!;
}
