/**
 * Sobol' indices as a board paper figure: for each parameter, the
 * first-order index S1 (the share of the output's variance it explains on
 * its own) and the total index ST (including its interactions), as paired
 * horizontal bars with 95% bootstrap intervals, largest ST first
 * (Saltelli et al. 2010; Jansen 1999).
 */
import { axisBottom, format, scaleLinear } from 'd3';
import { axisTitle, styleAxis } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { drawLegend, legendHeight, type LegendItem } from '../legend.ts';
import { seriesLook } from '../palette.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt } from './printType.ts';

/** One parameter's indices. */
export interface SobolBar {
  name: string;
  S1: number;
  S1Conf: number;
  ST: number;
  STConf: number;
}

/** Options of the Sobol' chart. */
export interface SobolChartOptions extends PrintOptions {
  xLabel?: string;
  /** Most parameters drawn (default 20, the largest ST first). */
  limit?: number;
}

const BAR = TYPE.tick * 0.9;
const ROW = BAR * 2 + 5;
const finite = (v: number) => Number.isFinite(v);

/** Draws the chart into `container` and returns the SVG element. */
export function sobolChart(bars: readonly SobolBar[], container: Element, o: SobolChartOptions): SVGSVGElement {
  const shown = [...bars].sort((a, b) => b.ST - a.ST || a.name.localeCompare(b.name)).slice(0, o.limit ?? 20);
  const s1 = seriesLook(0, P);
  const st = seriesLook(1, P);
  const legend: LegendItem[] = [
    { label: 'S1: first-order (alone)', colour: s1.colour, shape: 'swatch' },
    { label: 'ST: total (with interactions)', colour: st.colour, shape: 'swatch' },
    { label: '95% bootstrap interval', colour: INK.text, shape: 'line' },
  ];
  const left = r2(Math.max(60, ...shown.map((b) => textWidthPt(b.name, TYPE.tick))) + 10);
  const inner = { top: 4, right: 14, bottom: TYPE.tick * 2 + TYPE.label * 2, left };
  const widthPt = mmToPt(o.widthMm ?? 160);
  const legendH = legendHeight(legend, widthPt - 12, P);
  const plotH = Math.max(1, shown.length) * ROW;
  const desc =
    o.description ??
    `Sobol' indices of ${bars.length} parameters, largest total index first: ${shown
      .slice(0, 5)
      .map((b) => `${b.name} (S1 ${format('.2f')(b.S1)}, ST ${format('.2f')(b.ST)})`)
      .join(', ')}.`;
  const f = printFrame(container, 'chart-sobol', { title: "Where the variance comes from: Sobol' indices", ...o }, inner, legendH, plotH + inner.top + inner.bottom, desc);
  drawLegend(f.svg, legend, f.pad, f.legendY, f.width - 2 * f.pad, P);
  const hi = Math.max(1, ...shown.flatMap((b) => [b.S1 + b.S1Conf, b.ST + b.STConf].filter(finite)));
  const lo = Math.min(0, ...shown.flatMap((b) => [b.S1 - b.S1Conf, b.ST - b.STConf].filter(finite)));
  const x = scaleLinear().domain([lo, hi]).nice(5).range([0, f.innerWidth]);
  const fmt = format('.1~f');
  f.plot
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(x.ticks(5))
    .join('line')
    .attr('x1', (d) => r2(x(d)))
    .attr('x2', (d) => r2(x(d)))
    .attr('y1', 0)
    .attr('y2', r2(plotH))
    .attr('stroke', INK.grid)
    .attr('stroke-width', 0.5);
  f.plot.append('line').attr('class', 'zero').attr('x1', r2(x(0))).attr('x2', r2(x(0))).attr('y1', 0).attr('y2', r2(plotH)).attr('stroke', INK.text).attr('stroke-width', 0.75);
  styleAxis(f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(plotH)})`).call(axisBottom(x).ticks(5).tickFormat((v) => fmt(Number(v)).replace('-', '\u2212')).tickSize(3)), P);
  axisTitle(f.plot, o.xLabel ?? 'Share of the variance of the output', f.innerWidth / 2, plotH + TYPE.tick * 2 + TYPE.label * 1.2, P, false, f.innerWidth);
  shown.forEach((b, i) => {
    const g = f.plot.append('g').attr('class', 'parameter').attr('data-parameter', b.name).attr('transform', `translate(0,${r2(i * ROW + 2.5)})`);
    g.append('text').attr('x', -6).attr('y', r2(BAR + TYPE.tick * 0.35)).attr('text-anchor', 'end').attr('font-size', TYPE.tick).attr('fill', INK.text).text(b.name);
    ([['S1', b.S1, b.S1Conf, s1.colour, 0], ['ST', b.ST, b.STConf, st.colour, BAR]] as const).forEach(([k, v, c, colour, y0]) => {
      if (!finite(v)) return;
      const x0 = x(Math.min(0, v));
      const x1 = x(Math.max(0, v));
      g.append('rect').attr('class', `bar ${k}`).attr('x', r2(x0)).attr('y', r2(y0)).attr('width', r2(Math.max(0.3, x1 - x0))).attr('height', r2(BAR - 0.5)).attr('fill', colour);
      if (finite(c) && c > 0) {
        const cy = r2(y0 + BAR / 2);
        g.append('line').attr('class', `ci ${k}`).attr('x1', r2(x(v - c))).attr('x2', r2(x(v + c))).attr('y1', cy).attr('y2', cy).attr('stroke', INK.text).attr('stroke-width', 0.6);
        for (const e of [v - c, v + c]) g.append('line').attr('class', 'cap').attr('x1', r2(x(e))).attr('x2', r2(x(e))).attr('y1', r2(cy - 1.5)).attr('y2', r2(cy + 1.5)).attr('stroke', INK.text).attr('stroke-width', 0.6);
      }
    });
  });
  return f.svg.node()!;
}
