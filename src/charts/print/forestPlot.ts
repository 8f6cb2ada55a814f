/**
 * An options appraisal as a forest plot: for each outcome measure, each
 * option's mean difference from the baseline option with its 95% interval,
 * on that measure's own axis (measures have different units). A filled
 * marker means the interval excludes zero.
 */
import { axisBottom, format, scaleLinear } from 'd3';
import { styleAxis } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { seriesLook } from '../palette.ts';
import { INK, r2, TYPE, textWidthPt } from './printType.ts';

/** One option's difference from the baseline. */
export interface ForestRow {
  name: string;
  mean: number;
  /** 95% interval; NaN when it cannot be computed (fewer than two pairs). */
  lower: number;
  upper: number;
  /** Pairs behind the difference. */
  n: number;
  /** Index into the print styles. */
  style?: number;
}

/** One outcome measure. */
export interface ForestMeasure {
  /** Name with its unit, e.g. `System balance at the end (£m)`. */
  label: string;
  rows: readonly ForestRow[];
  /** d3-format specifier of the numbers (default `,.3~r`). */
  format?: string;
}

/** Options of the forest plot. */
export interface ForestOptions extends PrintOptions {
  /** Name of the option every difference is taken from. */
  baseline: string;
}

const HEAD = TYPE.label * 1.5;
const ROW = TYPE.tick * 1.6;
const AXIS = TYPE.tick * 2.4;
const GAP = 5;

const finite = (v: number) => Number.isFinite(v);

/** Height (pt) of the measure blocks. */
function blocksHeight(measures: readonly ForestMeasure[]): number {
  return measures.reduce((s, m) => s + HEAD + m.rows.length * ROW + AXIS + GAP, 0);
}

/** The text of an estimate: `-1.2 (-2.0 to -0.4)`. */
export function estimateText(r: ForestRow, spec = ',.3~r'): string {
  const fmt = format(spec);
  const f = (v: number) => fmt(v).replace('-', '\u2212');
  return finite(r.lower) ? `${f(r.mean)} (${f(r.lower)} to ${f(r.upper)})` : `${f(r.mean)} (n = ${r.n})`;
}

/** Draws the forest plot into `container` and returns the SVG element. */
export function forestPlot(measures: readonly ForestMeasure[], container: Element, o: ForestOptions): SVGSVGElement {
  const names = measures.flatMap((m) => m.rows.map((r) => r.name));
  const valueTexts = measures.flatMap((m) => m.rows.map((r) => estimateText(r, m.format)));
  const left = r2(Math.max(60, ...names.map((n) => textWidthPt(n, TYPE.tick))) + 16);
  const right = r2(Math.max(60, ...valueTexts.map((t) => textWidthPt(t, TYPE.tick))) + 12);
  const inner = { top: 4, right, bottom: 2, left };
  const desc =
    o.description ??
    `Forest plot of differences from ${o.baseline}, paired by replication, with 95% confidence intervals, for ${measures.map((m) => m.label).join('; ')}.`;
  const f = printFrame(container, 'chart-forest', { title: `Options compared with ${o.baseline}`, ...o }, inner, 0, blocksHeight(measures) + inner.top + inner.bottom, desc);
  // Column headings, level with the first measure's heading.
  f.plot.append('text').attr('class', 'column-head').attr('x', r2(f.innerWidth + 8)).attr('y', HEAD - 4).attr('font-size', TYPE.tick).attr('fill', INK.muted).text('Difference (95% CI)');
  if (!measures.length) {
    f.plot.append('text').attr('class', 'empty').attr('x', r2(f.innerWidth / 2)).attr('y', 20).attr('text-anchor', 'middle').attr('fill', INK.muted).text('No measures');
    return f.svg.node()!;
  }
  let top = 0;
  for (const m of measures) {
    const g = f.plot.append('g').attr('class', 'measure').attr('data-measure', m.label).attr('transform', `translate(0,${r2(top)})`);
    g.append('text').attr('class', 'measure-label').attr('x', -left + 2).attr('y', HEAD - 4).attr('font-size', TYPE.label).attr('font-weight', 'bold').attr('fill', INK.text).text(m.label);
    const ext = [0, ...m.rows.flatMap((r) => [r.mean, r.lower, r.upper].filter(finite))];
    const lo = Math.min(...ext);
    const hi = Math.max(...ext);
    const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(4).range([0, f.innerWidth]);
    const bodyH = m.rows.length * ROW;
    g.append('rect').attr('class', 'measure-band').attr('x', 0).attr('y', HEAD).attr('width', r2(f.innerWidth)).attr('height', r2(bodyH)).attr('fill', '#f4f4f4');
    g.append('line').attr('class', 'zero').attr('x1', r2(x(0))).attr('x2', r2(x(0))).attr('y1', HEAD).attr('y2', r2(HEAD + bodyH)).attr('stroke', INK.text).attr('stroke-width', 0.75);
    const fmt = format(m.format ?? ',.3~r');
    styleAxis(g
        .append('g')
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${r2(HEAD + bodyH)})`)
        .call(axisBottom(x).ticks(Math.max(2, Math.floor(f.innerWidth / 60))).tickFormat((v) => fmt(Number(v)).replace('-', '\u2212')).tickSizeOuter(0).tickSize(3)), P);
    m.rows.forEach((r, i) => {
      const s = seriesLook(r.style ?? i, P);
      const cy = r2(HEAD + i * ROW + ROW / 2);
      const row = g.append('g').attr('class', 'estimate').attr('data-option', r.name);
      row.append('text').attr('x', -left + 10).attr('y', r2(cy + TYPE.tick * 0.35)).attr('font-size', TYPE.tick).attr('fill', INK.text).text(r.name);
      if (finite(r.lower) && finite(r.upper)) {
        row.append('line').attr('class', 'ci').attr('x1', r2(x(r.lower))).attr('x2', r2(x(r.upper))).attr('y1', cy).attr('y2', cy).attr('stroke', s.colour).attr('stroke-width', 1.2);
        for (const v of [r.lower, r.upper]) row.append('line').attr('class', 'cap').attr('x1', r2(x(v))).attr('x2', r2(x(v))).attr('y1', r2(cy - 2.5)).attr('y2', r2(cy + 2.5)).attr('stroke', s.colour).attr('stroke-width', 1.2);
      }
      const clear = finite(r.lower) && (r.lower > 0 || r.upper < 0);
      if (finite(r.mean))
        row
          .append('path')
          .attr('class', clear ? 'marker excludes-zero' : 'marker')
          .attr('d', s.marker)
          .attr('transform', `translate(${r2(x(r.mean))},${cy})`)
          .attr('fill', clear ? s.colour : '#ffffff')
          .attr('stroke', s.colour)
          .attr('stroke-width', 1);
      row.append('text').attr('class', 'estimate-text').attr('x', r2(f.innerWidth + 8)).attr('y', r2(cy + TYPE.tick * 0.35)).attr('font-size', TYPE.tick).attr('fill', INK.text).text(estimateText(r, m.format));
    });
    top += HEAD + bodyH + AXIS + GAP;
  }
  return f.svg.node()!;
}
