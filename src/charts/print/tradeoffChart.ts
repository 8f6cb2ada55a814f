/**
 * A PRIM trajectory as a board paper figure: each box's coverage (the share
 * of the cases of interest it holds) against its density (the share of its
 * points that are cases), marked by how many inputs it restricts. Peeling
 * moves up and to the left; the analyst picks a box on this trade-off
 * (Bryant and Lempert 2010). The chosen box is ringed and labelled.
 */
import { axisBottom, axisLeft, format, interpolateCividis, scaleLinear } from 'd3';
import { axisTitle, gridY, styleAxis } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { INK, mmToPt, r2, TYPE } from './printType.ts';

/** One box of the trajectory. */
export interface TradeoffPoint {
  coverage: number;
  density: number;
  /** Inputs restricted. */
  restricted: number;
}

/** Options of the trade-off chart. */
export interface TradeoffChartOptions extends PrintOptions {
  /** Index of the chosen box, ringed (none when undefined). */
  chosen?: number;
  /** Label of the chosen box (default "chosen box"). */
  chosenLabel?: string;
}

/** Draws the chart into `container` and returns the SVG element. */
export function tradeoffChart(points: readonly TradeoffPoint[], container: Element, o: TradeoffChartOptions): SVGSVGElement {
  const inner = { top: 6, right: 90, bottom: TYPE.tick * 2 + TYPE.label * 2, left: TYPE.tick * 3 + TYPE.label * 2 };
  const plotH = mmToPt(70);
  const pct = format('.0%');
  const c = o.chosen !== undefined ? points[o.chosen] : undefined;
  const desc = o.description ?? `Coverage against density of ${points.length} boxes of a PRIM trajectory${c ? `; the chosen box has coverage ${pct(c.coverage)} and density ${pct(c.density)}` : ''}.`;
  const f = printFrame(container, 'chart-tradeoff', { title: 'Coverage and density of the boxes found', ...o }, inner, 0, plotH + inner.top + inner.bottom, desc);
  const x = scaleLinear().domain([0, 1]).range([0, f.innerWidth]);
  const yMin = Math.max(0, Math.floor(10 * Math.min(...points.map((p) => p.density))) / 10);
  const y = scaleLinear().domain([yMin, 1]).range([f.innerHeight, 0]);
  gridY(f.plot, y.ticks(5).map((t) => y(t)), f.innerWidth, P);
  styleAxis(f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(f.innerHeight)})`).call(axisBottom(x).ticks(5).tickFormat((v) => pct(Number(v))).tickSize(3)), P);
  styleAxis(f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).ticks(5).tickFormat((v) => pct(Number(v))).tickSize(3)), P);
  axisTitle(f.plot, 'Coverage (share of the cases of interest inside the box)', f.innerWidth / 2, f.innerHeight + TYPE.tick * 2 + TYPE.label * 1.2, P, false, f.innerWidth);
  axisTitle(f.plot, 'Density (share of the box that are cases)', -(TYPE.tick * 3 + TYPE.label * 0.6), f.innerHeight / 2, P, true, f.innerHeight);
  // Marker by the number of restricted inputs: cividis (colour-blind-safe, rising in lightness, so it reads in greyscale) and size.
  const maxRes = Math.max(1, ...points.map((p) => p.restricted));
  const look = (n: number) => ({ fill: interpolateCividis(0.85 * (1 - n / maxRes)), r: 1.6 + (2.2 * n) / maxRes });
  // The trajectory's path, then its boxes.
  f.plot
    .append('path')
    .attr('class', 'trajectory')
    .attr('d', points.map((p, i) => `${i ? 'L' : 'M'}${r2(x(p.coverage))},${r2(y(p.density))}`).join(''))
    .attr('fill', 'none')
    .attr('stroke', INK.rule)
    .attr('stroke-width', 0.5);
  const g = f.plot.append('g').attr('class', 'boxes');
  points.forEach((p, i) => {
    const l = look(p.restricted);
    g.append('circle').attr('class', 'box').attr('data-box', String(i)).attr('cx', r2(x(p.coverage))).attr('cy', r2(y(p.density))).attr('r', r2(l.r)).attr('fill', l.fill).attr('stroke', '#ffffff').attr('stroke-width', 0.4);
  });
  if (c) {
    const cx = r2(x(c.coverage));
    const cy = r2(y(c.density));
    f.plot.append('circle').attr('class', 'chosen').attr('cx', cx).attr('cy', cy).attr('r', 6).attr('fill', 'none').attr('stroke', INK.text).attr('stroke-width', 0.9);
    // The label goes left of the ring when the ring is in the right half, so it stays inside the plot.
    const left = c.coverage > 0.5;
    f.plot
      .append('text')
      .attr('class', 'chosen-label')
      .attr('x', r2(left ? cx - 9 : cx + 9))
      .attr('y', r2(cy + TYPE.value * 0.35 + (c.density > 0.95 ? TYPE.value : 0)))
      .attr('text-anchor', left ? 'end' : 'start')
      .attr('font-size', TYPE.value)
      .attr('fill', INK.text)
      .text(`${o.chosenLabel ?? 'chosen box'}: coverage ${pct(c.coverage)}, density ${pct(c.density)}`);
  }
  // Key: inputs restricted.
  const key = f.plot.append('g').attr('class', 'key').attr('transform', `translate(${r2(f.innerWidth + 14)},4)`);
  key.append('text').attr('font-size', TYPE.tick).attr('fill', INK.text).text('inputs restricted');
  const shown = [...new Set(points.map((p) => p.restricted))].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(shown.length / 8));
  shown.filter((_, i) => i % step === 0 || i === shown.length - 1).forEach((n, i) => {
    const l = look(n);
    const ky = 12 + i * (TYPE.tick + 3);
    key.append('circle').attr('cx', 4).attr('cy', r2(ky - TYPE.tick * 0.35)).attr('r', r2(l.r)).attr('fill', l.fill);
    key.append('text').attr('x', 12).attr('y', r2(ky)).attr('font-size', TYPE.tick).attr('fill', INK.text).text(String(n));
  });
  return f.svg.node()!;
}
