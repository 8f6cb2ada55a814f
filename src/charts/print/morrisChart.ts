/**
 * A Morris screen as a board paper figure: each parameter's mu* (mean
 * absolute elementary effect, with its 95% bootstrap interval) against
 * sigma (the spread of its effects), the most influential labelled. Points
 * far to the right matter; points high up act through interactions or
 * non-linearly (Morris 1991; Campolongo et al. 2007). The dashed line
 * sigma = mu* separates mostly linear effects (below) from mostly
 * interacting ones (above).
 */
import { axisBottom, axisLeft, format, scaleLinear } from 'd3';
import { axisTitle, gridY, styleAxis } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { seriesLook } from '../palette.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt } from './printType.ts';

/** One parameter's Morris measures. */
export interface MorrisPoint {
  name: string;
  muStar: number;
  sigma: number;
  /** 95% half-width of mu*. */
  muStarConf?: number;
}

/** Options of the Morris chart. */
export interface MorrisChartOptions extends PrintOptions {
  /** x-axis title with the metric's unit. */
  xLabel?: string;
  yLabel?: string;
  /** How many of the most influential parameters are labelled (default 10). */
  labels?: number;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/** Draws the chart into `container` and returns the SVG element. */
export function morrisChart(points: readonly MorrisPoint[], container: Element, o: MorrisChartOptions): SVGSVGElement {
  const shown = points.filter((p) => finite(p.muStar) && finite(p.sigma));
  const ranked = [...shown].sort((a, b) => b.muStar - a.muStar || a.name.localeCompare(b.name));
  const labelled = new Set(ranked.slice(0, o.labels ?? 10).map((p) => p.name));
  const xLabel = o.xLabel ?? 'mu* (mean absolute elementary effect)';
  const yLabel = o.yLabel ?? 'sigma (spread of the elementary effects)';
  const inner = { top: 6, right: 12, bottom: TYPE.tick * 2 + TYPE.label * 2, left: TYPE.tick * 5 + TYPE.label * 2 };
  const plotH = mmToPt(70);
  const desc =
    o.description ??
    `Morris screen of ${shown.length} parameters: mu* against sigma. Most influential: ${ranked
      .slice(0, 5)
      .map((p) => `${p.name} (mu* ${format('.3~r')(p.muStar)})`)
      .join(', ')}.`;
  const f = printFrame(container, 'chart-morris', { title: 'Which parameters matter: Morris screen', ...o }, inner, 0, plotH + inner.top + inner.bottom, desc);
  const xMax = Math.max(1e-12, ...shown.map((p) => p.muStar + (finite(p.muStarConf) ? p.muStarConf : 0)));
  const yMax = Math.max(1e-12, ...shown.map((p) => p.sigma));
  const x = scaleLinear().domain([0, xMax]).nice(5).range([0, f.innerWidth]);
  const y = scaleLinear().domain([0, yMax]).nice(5).range([f.innerHeight, 0]);
  const fmt = format('.2~r');
  gridY(f.plot, y.ticks(5).map((t) => y(t)), f.innerWidth, P);
  const xAxis = f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(f.innerHeight)})`).call(axisBottom(x).ticks(5).tickFormat((v) => fmt(Number(v))).tickSize(3));
  styleAxis(xAxis, P);
  // The last tick sits on the plot's right edge: its label ends there rather than spilling past the frame.
  xAxis.selectAll<SVGGElement, number>('.tick').each(function (v) {
    if (Math.abs(x(v) - f.innerWidth) < 0.5) this.querySelector('text')?.setAttribute('text-anchor', 'end');
  });
  styleAxis(f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).ticks(5).tickFormat((v) => fmt(Number(v))).tickSize(3)), P);
  axisTitle(f.plot, xLabel, f.innerWidth / 2, f.innerHeight + TYPE.tick * 2 + TYPE.label * 1.2, P, false, f.innerWidth);
  axisTitle(f.plot, yLabel, -(TYPE.tick * 5 + TYPE.label * 0.6), f.innerHeight / 2, P, true, f.innerHeight);

  // sigma = mu*, clipped to the plot.
  const end = Math.min(x.domain()[1]!, y.domain()[1]!);
  f.plot.append('line').attr('class', 'diagonal').attr('x1', 0).attr('y1', r2(y(0))).attr('x2', r2(x(end))).attr('y2', r2(y(end))).attr('stroke', INK.rule).attr('stroke-width', 0.75).attr('stroke-dasharray', '4 3');
  // The line's label sits just below it, four fifths of the way up, where labels of points above the line do not go.
  f.plot.append('text').attr('class', 'diagonal-label').attr('x', r2(x(end * 0.8) + 4)).attr('y', r2(y(end * 0.8) + TYPE.value + 2)).attr('text-anchor', 'start').attr('font-size', TYPE.value).attr('fill', INK.muted).text('sigma = mu*');

  const main = seriesLook(0, P);
  const other = '#9a9a9a';
  // Unlabelled points first, so the labelled ones sit on top.
  const order = [...shown].sort((a, b) => Number(labelled.has(a.name)) - Number(labelled.has(b.name)) || a.name.localeCompare(b.name));
  for (const p of order) {
    const on = labelled.has(p.name);
    const g = f.plot.append('g').attr('class', on ? 'parameter labelled' : 'parameter').attr('data-parameter', p.name);
    const cx = r2(x(p.muStar));
    const cy = r2(y(p.sigma));
    if (finite(p.muStarConf) && p.muStarConf > 0) {
      g.append('line').attr('class', 'ci').attr('x1', r2(x(Math.max(0, p.muStar - p.muStarConf)))).attr('x2', r2(x(p.muStar + p.muStarConf))).attr('y1', cy).attr('y2', cy).attr('stroke', on ? main.colour : other).attr('stroke-width', 0.6).attr('stroke-opacity', 0.45);
    }
    g.append('circle').attr('class', 'marker').attr('cx', cx).attr('cy', cy).attr('r', on ? 2.4 : 1.6).attr('fill', on ? main.colour : '#ffffff').attr('stroke', on ? main.colour : other).attr('stroke-width', 0.75);
  }

  // Labels right of their points (left when they would leave the plot), nudged down so none overlap.
  const placed: Array<{ x0: number; x1: number; y: number }> = [];
  const lineH = TYPE.value * 1.15;
  const labels = ranked.filter((p) => labelled.has(p.name)).sort((a, b) => y(a.sigma) - y(b.sigma) || a.name.localeCompare(b.name));
  const g = f.plot.append('g').attr('class', 'labels').attr('font-size', TYPE.value).attr('fill', INK.text);
  for (const p of labels) {
    const w = textWidthPt(p.name, TYPE.value);
    const px = x(p.muStar);
    const right = px + 4 + w <= f.innerWidth + inner.right;
    const x0 = right ? px + 4 : px - 4 - w;
    let ly = y(p.sigma) + TYPE.value * 0.35;
    for (let moved = true; moved; ) {
      moved = false;
      for (const q of placed) {
        if (x0 < q.x1 && x0 + w > q.x0 && Math.abs(ly - q.y) < lineH - 1e-6) {
          ly = q.y + lineH;
          moved = true;
        }
      }
    }
    placed.push({ x0, x1: x0 + w, y: ly });
    const py = y(p.sigma);
    // A label moved off its point's line gets a leader back to the point.
    if (Math.abs(ly - TYPE.value * 0.35 - py) > 2) {
      g.append('line').attr('class', 'leader').attr('x1', r2(px)).attr('y1', r2(py)).attr('x2', r2(right ? x0 - 1 : x0 + w + 1)).attr('y2', r2(ly - TYPE.value * 0.35)).attr('stroke', INK.rule).attr('stroke-width', 0.4);
    }
    g.append('text').attr('class', 'label').attr('x', r2(x0)).attr('y', r2(ly)).text(p.name);
  }
  return f.svg.node()!;
}
