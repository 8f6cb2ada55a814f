/**
 * Lines with shaded bands (e.g. the mean of replications and its 95%
 * confidence interval) over an x axis that is either ordered categories
 * (financial years, named settings) or numbers (a swept parameter). Every
 * point carries a marker, and each series has its own colour, dash and
 * marker, so the figure reads in greyscale.
 */
import { axisBottom, axisLeft, extent, format, scaleLinear, scalePoint } from 'd3';
import { axisTitle, axisTitleLine, axisTitleLines, gridY, styleAxis, zeroLine } from '../axes.ts';
import { PRINT_STYLE as P } from '../chartStyle.ts';
import { drawSeries, finite, type Position, type StyledSeries } from '../drawSeries.ts';
import { emptyMessage } from '../frame.ts';
import { drawLegend, legendHeight, type LegendItem } from '../legend.ts';
import { seriesLook } from '../palette.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { mmToPt, r2, TYPE, textWidthPt } from './printType.ts';

/** One line, with an optional band. */
export interface BandSeries {
  name: string;
  /** One value per x position; null leaves a gap. */
  values: ReadonlyArray<number | null>;
  lower?: ReadonlyArray<number | null>;
  upper?: ReadonlyArray<number | null>;
  /** Index into the print styles (default: the series' position), so one option keeps its look across figures. */
  style?: number;
}

/** Data of a band chart. */
export interface BandChartData {
  /** x positions: all numbers for a numeric axis, otherwise ordered categories. */
  x: ReadonlyArray<string | number>;
  series: readonly BandSeries[];
}

/** Options of a band chart. */
export interface BandChartOptions extends PrintOptions {
  /** x-axis title with its unit. */
  xLabel: string;
  /** y-axis title with its unit. */
  yLabel: string;
  /** Fixed y domain; default from the data. */
  yDomain?: [number, number];
  /** Includes 0 in the default y domain. */
  includeZero?: boolean;
  /** d3-format specifier of y ticks (default `,.3~r`). */
  yFormat?: string;
  /** d3-format specifier of numeric x ticks (default `,.4~r`). */
  xFormat?: string;
  /** CSS class of the figure (default `chart-band`). */
  kind?: string;
}

/** Draws a band chart into `container` and returns the SVG element. */
export function bandChart(data: BandChartData, container: Element, o: BandChartOptions): SVGSVGElement {
  const width = mmToPt(o.widthMm ?? 160);
  const numeric = data.x.length > 0 && data.x.every((v) => typeof v === 'number');
  const styled: StyledSeries[] = data.series.map((s, i) => ({
    ...seriesLook(s.style ?? i, P),
    name: s.name,
    values: s.values,
    ...(s.lower && s.upper ? { lower: s.lower, upper: s.upper } : {}),
  }));
  const withBand = styled.some((s) => s.lower && s.upper);
  const legend: LegendItem[] = styled.length > 1 ? styled.map((s) => ({ label: s.name, colour: s.colour, dash: s.dash, marker: s.marker, shape: withBand ? 'band' : 'line' })) : [];
  const lh = legendHeight(legend, width - 12, P);

  const all: number[] = o.includeZero ? [0] : [];
  for (const s of styled) for (const arr of [s.values, s.lower, s.upper]) if (arr) for (const v of arr) if (finite(v)) all.push(v);
  const [lo, hi] = o.yDomain ?? (all.length ? (extent(all) as [number, number]) : [0, 1]);
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(P.yTicks);
  const yTicks = y.ticks(P.yTicks);
  const yFmt = format(o.yFormat ?? ',.3~r');
  const tickW = Math.max(...yTicks.map((t) => textWidthPt(yFmt(t), TYPE.tick)), 10);
  const plotH = (o.heightMm !== undefined ? mmToPt(o.heightMm) * 0.55 : mmToPt(70)) - 34;
  const yTitle = axisTitleLines(o.yLabel, P, plotH);
  const inner = { top: 4, right: 10, bottom: 30, left: r2(tickW + 8 + TYPE.label * 1.6 + (yTitle.length - 1) * axisTitleLine(P)) };
  const desc =
    o.description ??
    `Line chart of ${styled.map((s) => s.name).join(', ') || 'no series'} against ${o.xLabel}${withBand ? ', with shaded 95% intervals' : ''}; y axis: ${o.yLabel}.`;
  const f = printFrame(container, o.kind ?? 'chart-band', o, inner, lh, mmToPt(70), desc);
  drawLegend(f.svg, legend, f.pad, f.legendY, width - 12, P);
  y.range([f.innerHeight, 0]);

  const xs = data.x;
  let px: (i: number) => number;
  let gx;
  if (numeric) {
    const nums = xs as readonly number[];
    const [a, b] = extent(nums) as [number, number];
    const x = scaleLinear().domain([a, b === a ? a + 1 : b]).range([0, f.innerWidth]);
    if (b === a) x.domain([a - 1, a + 1]);
    px = (i) => x(nums[i]!);
    const distinct = [...new Set(nums)].sort((p, q) => p - q);
    const xFmt = format(o.xFormat ?? ',.4~r');
    const fits = distinct.length <= Math.floor(f.innerWidth / 30);
    gx = axisBottom(x).tickFormat((v) => xFmt(Number(v)));
    if (fits) gx.tickValues(distinct);
    else gx.ticks(Math.max(2, Math.floor(f.innerWidth / 50)));
  } else {
    const labels = xs.map(String);
    const x = scalePoint<string>().domain(labels).range([0, f.innerWidth]).padding(0.3);
    px = (i) => x(labels[i]!)!;
    gx = axisBottom(x);
  }
  gridY(f.plot, yTicks.map((t) => y(t)), f.innerWidth, P);
  styleAxis(f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(f.innerHeight)})`).call(gx.tickSizeOuter(0)), P);
  styleAxis(f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat((v) => yFmt(Number(v))).tickSizeOuter(0)), P);
  axisTitle(f.plot, o.xLabel, f.innerWidth / 2, f.innerHeight + 24, P);
  axisTitle(f.plot, o.yLabel, -(tickW + 10), f.innerHeight / 2, P, true, plotH);
  if (lo < 0 && hi > 0) zeroLine(f.plot, y(0), f.innerWidth, P);

  const points = styled.reduce((n, s) => n + s.values.filter(finite).length, 0);
  if (!points) {
    emptyMessage(f, 'No data');
    return f.svg.node()!;
  }
  const pos: Position = { x: px, y: (v) => y(v), n: xs.length };
  for (const s of styled) drawSeries(f.plot, s, pos, P);
  return f.svg.node()!;
}
