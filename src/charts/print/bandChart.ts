/**
 * Lines with shaded bands (e.g. the mean of replications and its 95%
 * confidence interval) over an x axis that is either ordered categories
 * (financial years, named settings) or numbers (a swept parameter). Every
 * point carries a marker, and each series has its own colour, dash and
 * marker, so the figure reads in greyscale.
 */
import { area, axisBottom, axisLeft, extent, format, line, scaleLinear, scalePoint } from 'd3';
import { AXIS_TITLE_LINE, axisTitle, axisTitleLines, gridY, stylePrintAxis } from './printAxes.ts';
import { printFrame, type PrintOptions } from './printFrame.ts';
import { drawPrintLegend, printLegendHeight, type PrintLegendItem } from './printLegend.ts';
import { printStyle } from './printStyle.ts';
import { INK, mmToPt, r2, TYPE, textWidthPt } from './printType.ts';

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

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Draws a band chart into `container` and returns the SVG element. */
export function bandChart(data: BandChartData, container: Element, o: BandChartOptions): SVGSVGElement {
  const width = mmToPt(o.widthMm ?? 160);
  const numeric = data.x.length > 0 && data.x.every((v) => typeof v === 'number');
  const styled = data.series.map((s, i) => ({ ...s, ...printStyle(s.style ?? i) }));
  const withBand = styled.some((s) => s.lower && s.upper);
  const legend: PrintLegendItem[] = styled.length > 1 ? styled.map((s) => ({ label: s.name, colour: s.colour, dash: s.dash, marker: s.marker, shape: withBand ? 'band' : 'line' })) : [];
  const lh = printLegendHeight(legend, width - 12);

  const all: number[] = o.includeZero ? [0] : [];
  for (const s of styled) for (const arr of [s.values, s.lower, s.upper]) if (arr) for (const v of arr) if (finite(v)) all.push(v);
  const [lo, hi] = o.yDomain ?? (all.length ? (extent(all) as [number, number]) : [0, 1]);
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(5);
  const yTicks = y.ticks(5);
  const yFmt = format(o.yFormat ?? ',.3~r');
  const tickW = Math.max(...yTicks.map((t) => textWidthPt(yFmt(t), TYPE.tick)), 10);
  const plotH = (o.heightMm !== undefined ? mmToPt(o.heightMm) * 0.55 : mmToPt(70)) - 34;
  const yTitle = axisTitleLines(o.yLabel, plotH);
  const inner = { top: 4, right: 10, bottom: 30, left: r2(tickW + 8 + TYPE.label * 1.6 + (yTitle.length - 1) * AXIS_TITLE_LINE) };
  const desc =
    o.description ??
    `Line chart of ${styled.map((s) => s.name).join(', ') || 'no series'} against ${o.xLabel}${withBand ? ', with shaded 95% intervals' : ''}; y axis: ${o.yLabel}.`;
  const f = printFrame(container, o.kind ?? 'chart-band', o, inner, lh, mmToPt(70), desc);
  drawPrintLegend(f.svg, legend, f.pad, f.legendY, width - 12);
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
  gridY(f.plot, yTicks.map((t) => y(t)), f.innerWidth);
  stylePrintAxis(f.plot.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${r2(f.innerHeight)})`).call(gx.tickSizeOuter(0)));
  stylePrintAxis(f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).tickValues(yTicks).tickFormat((v) => yFmt(Number(v))).tickSizeOuter(0)));
  axisTitle(f.plot, o.xLabel, f.innerWidth / 2, f.innerHeight + 24);
  axisTitle(f.plot, o.yLabel, -(tickW + 10), f.innerHeight / 2, true, plotH);
  if (lo < 0 && hi > 0) f.plot.append('line').attr('class', 'zero').attr('x1', 0).attr('x2', r2(f.innerWidth)).attr('y1', r2(y(0))).attr('y2', r2(y(0))).attr('stroke', INK.muted).attr('stroke-width', 0.75);

  const points = styled.reduce((n, s) => n + s.values.filter(finite).length, 0);
  if (!points) {
    f.plot.append('text').attr('class', 'empty').attr('x', r2(f.innerWidth / 2)).attr('y', r2(f.innerHeight / 2)).attr('text-anchor', 'middle').attr('fill', INK.muted).text('No data');
    return f.svg.node()!;
  }
  const idx = xs.map((_, i) => i);
  for (const s of styled) {
    const g = f.plot.append('g').attr('class', 'series').attr('data-series', s.name);
    if (s.lower && s.upper) {
      const lower = s.lower;
      const upper = s.upper;
      g.append('path')
        .attr('class', 'band')
        .attr('fill', s.colour)
        .attr('fill-opacity', 0.15)
        .attr('stroke', s.colour)
        .attr('stroke-opacity', 0.5)
        .attr('stroke-width', 0.4)
        .attr('stroke-dasharray', s.dash || null)
        .attr(
          'd',
          area<number>()
            .defined((i) => finite(lower[i]) && finite(upper[i]))
            .x((i) => r2(px(i)))
            .y0((i) => r2(y(lower[i]!)))
            .y1((i) => r2(y(upper[i]!)))(idx) ?? '',
        );
    }
    const v = s.values;
    g.append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', s.dash || null)
      .attr(
        'd',
        line<number>()
          .defined((i) => finite(v[i]))
          .x((i) => r2(px(i)))
          .y((i) => r2(y(v[i]!)))(idx) ?? '',
      );
    g.append('g')
      .attr('class', 'markers')
      .selectAll('path')
      .data(idx.filter((i) => finite(v[i])))
      .join('path')
      .attr('d', s.marker)
      .attr('transform', (i) => `translate(${r2(px(i))},${r2(y(v[i]!))})`)
      .attr('fill', s.colour)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 0.5);
  }
  return f.svg.node()!;
}
