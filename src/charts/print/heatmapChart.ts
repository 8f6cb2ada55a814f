/**
 * A metric over two swept parameters: one cell per pair of levels, shaded
 * on the cividis scale (Nuñez, Anderton and Renslow 2018), which is
 * colour-blind-safe and rises steadily in lightness, so it also reads in
 * greyscale; each cell is labelled with its value.
 */
import { axisBottom, axisLeft, axisRight, color, extent, format, interpolateCividis, range, scaleBand, scaleLinear, scaleSequential } from 'd3';
import { axisTitle, axisTitleLine, axisTitleLines, styleAxis } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt, wrapText } from './printType.ts';

/** One cell: the mean of the metric at a pair of levels. */
export interface HeatCell {
  x: string | number;
  y: string | number;
  value: number;
  /** Runs behind the mean. */
  n: number;
}

/** Levels of both parameters, in order, and the cells. */
export interface HeatmapData {
  x: ReadonlyArray<string | number>;
  y: ReadonlyArray<string | number>;
  cells: readonly HeatCell[];
}

/** Options of the heatmap. */
export interface HeatmapOptions extends PrintOptions {
  xLabel: string;
  yLabel: string;
  /** Name of the metric with its unit (the colour key's title). */
  valueLabel: string;
  /** d3-format specifier of values (default `,.3~r`). */
  format?: string;
}

/** Black or white, whichever reads better on `fill`. */
function ink(fill: string): string {
  const c = color(fill)?.rgb();
  if (!c) return INK.text;
  const lum = (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255;
  return lum > 0.5 ? '#000000' : '#ffffff';
}

/** Draws the heatmap into `container` and returns the SVG element. */
export function heatmapChart(data: HeatmapData, container: Element, o: HeatmapOptions): SVGSVGElement {
  const fmt = format(o.format ?? ',.3~r');
  const num = (v: number) => fmt(v).replace('-', '\u2212');
  const xs = data.x.map(String);
  const ys = data.y.map(String);
  const yTickW = Math.max(12, ...ys.map((t) => textWidthPt(t, TYPE.tick)));
  const keyW = 70;
  const cellH = Math.min(mmToPt(12), Math.max(mmToPt(6), mmToPt(60) / Math.max(1, ys.length)));
  const plotH = o.heightMm !== undefined ? mmToPt(o.heightMm) * 0.5 : ys.length * cellH;
  const yTitle = axisTitleLines(o.yLabel, P, plotH);
  const inner = { top: 4, right: keyW + 24, bottom: 30, left: r2(yTickW + 8 + TYPE.label * 1.6 + (yTitle.length - 1) * axisTitleLine(P)) };
  // Column labels wider than their column wrap onto more lines (the band width as scaleBand will make it, padding 0.04).
  const band = ((mmToPt(o.widthMm ?? 160) - inner.left - inner.right) / (xs.length + 0.04)) * 0.96;
  // A hyphenated word too wide for its column may break after a hyphen.
  const breakable = (t: string) => t.split(' ').map((w) => (textWidthPt(w, TYPE.tick) > band ? w.replace(/-/g, '- ') : w)).join(' ');
  const xLines = xs.map((t) => (textWidthPt(t, TYPE.tick) > band ? wrapText(breakable(t), TYPE.tick, band).map((l) => l.replace(/- /g, '-')) : [t]));
  const extraLines = Math.max(1, ...xLines.map((l) => l.length)) - 1;
  const tickLine = TYPE.tick * 1.15;
  inner.bottom += r2(extraLines * tickLine);
  const desc = o.description ?? `Heatmap of ${o.valueLabel} over ${o.xLabel} (${xs.length} levels) and ${o.yLabel} (${ys.length} levels); each cell shows the mean across replications.`;
  const f = printFrame(container, 'chart-heatmap', o, inner, 0, ys.length * cellH + inner.top + inner.bottom, desc);
  const x = scaleBand<string>().domain(xs).range([0, f.innerWidth]).padding(0.04);
  const y = scaleBand<string>().domain([...ys].reverse()).range([0, f.innerHeight]).padding(0.04);
  const values = data.cells.map((c) => c.value).filter(Number.isFinite);
  const [lo, hi] = values.length ? (extent(values) as [number, number]) : [0, 1];
  const c = scaleSequential(interpolateCividis).domain([lo, hi === lo ? lo + 1 : hi]);
  const xAxis = styleAxis(f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(f.innerHeight)})`).call(axisBottom(x).tickSizeOuter(0)), P);
  if (extraLines) {
    xAxis.selectAll<SVGGElement, string>('.tick').each(function (label) {
      const lines = xLines[xs.indexOf(label)] ?? [label];
      if (lines.length < 2) return;
      const text = this.querySelector('text');
      if (!text) return;
      const y = text.getAttribute('y') ?? '0';
      const dy = text.getAttribute('dy');
      text.removeAttribute('dy');
      text.textContent = '';
      for (const [i, line] of lines.entries()) {
        const t = text.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'tspan');
        t.setAttribute('x', '0');
        t.setAttribute('y', String(r2(Number(y) + i * tickLine)));
        if (dy) t.setAttribute('dy', dy);
        t.textContent = line;
        text.appendChild(t);
      }
    });
  }
  styleAxis(f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickSizeOuter(0)), P);
  axisTitle(f.plot, o.xLabel, f.innerWidth / 2, f.innerHeight + 24 + extraLines * tickLine, P);
  axisTitle(f.plot, o.yLabel, -(yTickW + 10), f.innerHeight / 2, P, true, plotH);
  const showValues = x.bandwidth() >= Math.max(...data.cells.map((d) => textWidthPt(num(d.value), TYPE.value))) + 2 && y.bandwidth() >= TYPE.value + 2;
  const g = f.plot.append('g').attr('class', 'cells');
  for (const d of data.cells) {
    const fill = Number.isFinite(d.value) ? c(d.value) : '#ffffff';
    const cx = x(String(d.x));
    const cy = y(String(d.y));
    if (cx === undefined || cy === undefined) continue;
    const cell = g.append('g').attr('class', 'cell').attr('data-x', String(d.x)).attr('data-y', String(d.y));
    cell.append('rect').attr('x', r2(cx)).attr('y', r2(cy)).attr('width', r2(x.bandwidth())).attr('height', r2(y.bandwidth())).attr('fill', fill);
    if (showValues)
      cell
        .append('text')
        .attr('x', r2(cx + x.bandwidth() / 2))
        .attr('y', r2(cy + y.bandwidth() / 2 + TYPE.value * 0.35))
        .attr('text-anchor', 'middle')
        .attr('font-size', TYPE.value)
        .attr('fill', Number.isFinite(d.value) ? ink(fill) : INK.muted)
        .text(Number.isFinite(d.value) ? num(d.value) : '\u2013');
  }
  // Colour key: a vertical ramp of 32 steps with ticks.
  const kh = Math.min(f.innerHeight, mmToPt(45));
  const key = f.plot.append('g').attr('class', 'colour-key').attr('transform', `translate(${r2(f.innerWidth + 14)},0)`);
  const ky = scaleLinear().domain(c.domain()).range([kh, 0]);
  const steps = 32;
  key
    .selectAll('rect')
    .data(range(steps))
    .join('rect')
    .attr('x', 0)
    .attr('width', 8)
    .attr('y', (i) => r2((kh * (steps - 1 - i)) / steps))
    .attr('height', r2(kh / steps + 0.3))
    .attr('fill', (i) => c(lo + ((hi === lo ? 1 : hi - lo) * (i + 0.5)) / steps));
  styleAxis(key.append('g').attr('class', 'axis axis-key').attr('transform', 'translate(8,0)').call(axisRight(ky).ticks(5).tickFormat((v) => num(Number(v))).tickSizeOuter(0)), P);
  key.append('text').attr('class', 'key-title').attr('font-size', TYPE.tick).attr('fill', INK.text).attr('transform', `translate(${r2(keyW - 4)},${r2(kh / 2)}) rotate(-90)`).attr('text-anchor', 'middle').text(o.valueLabel);
  return f.svg.node()!;
}
