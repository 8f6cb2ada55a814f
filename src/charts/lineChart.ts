/**
 * A multi-series line chart over an ordered x axis of labels (months or
 * financial years), with optional uncertainty bands. The x domain is the
 * full label list, so a streaming run grows from left to right.
 */
import { area, axisBottom, axisLeft, extent, format, line, scaleLinear } from 'd3';
import { createFrame, drawLegend, emptyMessage, legendHeight, styleAxis, type ChartOptions, type Frame, type LegendItem } from './frame.ts';
import { CATEGORICAL, DASHES } from './palette.ts';

/** One line, optionally with a band (e.g. a 95% interval). */
export interface LineSeries {
  name: string;
  /** One value per label, possibly fewer (a run in progress); NaN or null leaves a gap. */
  values: ReadonlyArray<number | null>;
  lower?: ReadonlyArray<number | null>;
  upper?: ReadonlyArray<number | null>;
  /** Overrides the palette colour. */
  colour?: string;
  dash?: string;
}

/** Data of a line chart. */
export interface LineChartData {
  /** Every x position, in order (e.g. `2024-04` or `2024/25`). */
  labels: readonly string[];
  series: readonly LineSeries[];
}

/** Options of a line chart. */
export interface LineChartOptions extends ChartOptions {
  /** y-axis label including the unit, e.g. `Beds (daily mean)`. */
  yLabel: string;
  /** x-axis label, e.g. `Month (financial years from April)`. */
  xLabel?: string;
  /** Fixed y domain; default from the data, including 0. */
  yDomain?: [number, number];
  /** Multiplies values for display (e.g. 1e-6 for £ million). */
  yScale?: number;
  /** d3-format specifier for y ticks and tooltips. */
  yFormat?: string;
  /** Show a tick label every this many x positions (default: 12 when the labels look monthly). */
  xTickEvery?: number;
  /** Turns a label into tick text (default: `2024-04` → `2024/25`, others unchanged). */
  xTickFormat?: (label: string, index: number) => string;
  /** Largest number of x positions given hover targets (default 2,500; 0 for none). */
  maxPoints?: number;
  /** CSS class for the svg (default `chart-line`). */
  kind?: string;
}

const monthly = /^\d{4}-\d{2}$/;

/** `2024-04` → `2024/25` (the financial year that month starts). */
export function fyOfMonth(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Style of the i-th series: Okabe-Ito colour, then a dash pattern once colours repeat. */
export function seriesStyle(i: number): { colour: string; dash: string } {
  return { colour: CATEGORICAL[i % CATEGORICAL.length]!, dash: DASHES[Math.floor(i / CATEGORICAL.length) % DASHES.length]! };
}

/**
 * Draws a line chart into `container` and returns the SVG element.
 * Each x position has a transparent hover column whose `<title>` lists the
 * values there (a native tooltip, and the text the page's tooltip shows).
 */
export function lineChart(data: LineChartData, container: Element, options: LineChartOptions): SVGSVGElement {
  const width = options.width ?? 640;
  const k = options.yScale ?? 1;
  const fmt = format(options.yFormat ?? ',.4~r');
  const styled = data.series.map((s, i) => ({ ...s, ...seriesStyle(i), ...(s.colour ? { colour: s.colour } : {}), ...(s.dash !== undefined ? { dash: s.dash } : {}) }));
  const legend: LegendItem[] = styled.map((s) => ({ label: s.name, colour: s.colour, dash: s.dash }));
  const lh = styled.length > 1 ? legendHeight(legend, width - 16) : 0;
  const margin = { top: 30 + lh + 10, right: 20, bottom: 46, left: 70 };
  const n = data.labels.length;
  const points = styled.reduce((s, d) => s + d.values.filter(finite).length, 0);
  const desc =
    options.description ??
    `Line chart of ${styled.map((s) => s.name).join(', ') || 'no series'} by ${options.xLabel ?? 'period'}, ${n ? `${data.labels[0]} to ${data.labels[n - 1]}` : 'no periods'}; y axis: ${options.yLabel}. ${points} data points.`;
  const f: Frame = createFrame(container, options.kind ?? 'chart-line', options, margin, desc);
  if (styled.length > 1) drawLegend(f, legend, 8, 30 + 6, width - 16);

  const all: number[] = [];
  for (const s of styled) for (const arr of [s.values, s.lower, s.upper]) if (arr) for (const v of arr) if (finite(v)) all.push(v * k);
  const [lo, hi] = options.yDomain ?? (all.length ? (extent([0, ...all]) as [number, number]) : [0, 1]);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice()
    .range([f.innerHeight, 0]);
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([0, f.innerWidth]);

  const isMonthly = n > 0 && monthly.test(data.labels[0]!);
  const every = options.xTickEvery ?? (isMonthly ? 12 : Math.max(1, Math.ceil(n / 12)));
  const tickFormat = options.xTickFormat ?? ((l: string) => (isMonthly ? fyOfMonth(l) : l));
  const tickValues: number[] = [];
  for (let i = 0; i < n; i += every) tickValues.push(i);
  // Thin ticks so labels do not collide (about 60 px each).
  const maxTicks = Math.max(2, Math.floor(f.innerWidth / 60));
  const stride = Math.ceil(tickValues.length / maxTicks);
  const shown = tickValues.filter((_, i) => i % stride === 0);

  const gx = f.plot
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${f.innerHeight})`)
    .call(
      axisBottom(x)
        .tickValues(shown)
        .tickFormat((v) => tickFormat(data.labels[Number(v)] ?? '', Number(v))),
    );
  styleAxis(gx);
  const gy = f.plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).ticks(6).tickFormat((v) => fmt(Number(v))));
  styleAxis(gy);
  f.plot
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(y.ticks(6))
    .join('line')
    .attr('x1', 0)
    .attr('x2', f.innerWidth)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', '#e5e5e5');
  f.plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(${-54},${f.innerHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', '#222')
    .text(options.yLabel);
  f.plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', f.innerWidth / 2)
    .attr('y', f.innerHeight + 38)
    .attr('text-anchor', 'middle')
    .attr('fill', '#222')
    .text(options.xLabel ?? (isMonthly ? 'Month (financial years from April)' : 'Financial year'));

  if (n === 0 || points === 0) {
    emptyMessage(f, 'No data yet');
    return f.svg.node()!;
  }

  const defined = (v: number | null | undefined) => finite(v);
  for (const s of styled) {
    const g = f.plot.append('g').attr('class', 'series').attr('data-series', s.name);
    if (s.lower && s.upper) {
      const lower = s.lower;
      const upper = s.upper;
      const idx = lower.map((_, i) => i).filter((i) => finite(lower[i]) && finite(upper[i]));
      g.append('path')
        .attr('class', 'band')
        .attr('fill', s.colour)
        .attr('fill-opacity', 0.18)
        .attr('stroke', 'none')
        .attr(
          'd',
          area<number>()
            .x((i) => x(i))
            .y0((i) => y(lower[i]! * k))
            .y1((i) => y(upper[i]! * k))(idx) ?? '',
        );
    }
    const values = s.values;
    g.append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', s.dash || null)
      .attr(
        'd',
        line<number>()
          .defined((i) => defined(values[i]))
          .x((i) => x(i))
          .y((i) => y(values[i]! * k))(values.map((_, i) => i)) ?? '',
      );
  }
  // Isolated values (e.g. a single year) would draw no line: mark them with a dot.
  for (const s of styled) {
    const v = s.values;
    const lone = v.map((_, i) => i).filter((i) => finite(v[i]) && !finite(v[i - 1]) && !finite(v[i + 1]));
    if (!lone.length) continue;
    f.plot
      .append('g')
      .attr('class', 'dots')
      .selectAll('circle')
      .data(lone)
      .join('circle')
      .attr('cx', (i) => x(i))
      .attr('cy', (i) => y(v[i]! * k))
      .attr('r', 3.5)
      .attr('fill', s.colour);
  }

  // Hover targets: one transparent column per x position whose <title> lists every series there.
  if (n <= (options.maxPoints ?? 2500)) {
    const step = n > 1 ? f.innerWidth / (n - 1) : f.innerWidth;
    const idx = data.labels.map((_, i) => i).filter((i) => styled.some((s) => finite(s.values[i])));
    f.plot
      .append('g')
      .attr('class', 'hover')
      .selectAll('rect')
      .data(idx)
      .join('rect')
      .attr('x', (i) => Math.max(0, x(i) - step / 2))
      .attr('width', (i) => Math.min(x(i) + step / 2, f.innerWidth) - Math.max(0, x(i) - step / 2))
      .attr('y', 0)
      .attr('height', f.innerHeight)
      .attr('fill', '#000')
      .attr('fill-opacity', 0)
      .append('title')
      .text((i) =>
        [
          data.labels[i],
          ...styled
            .filter((s) => finite(s.values[i]))
            .map((s) => {
              const band = s.lower && s.upper && finite(s.lower[i]) && finite(s.upper[i]) ? ` (95% ${fmt(s.lower[i]! * k)} to ${fmt(s.upper[i]! * k)})` : '';
              return `${s.name}: ${fmt(s.values[i]! * k)}${band}`;
            }),
        ].join('\n'),
      );
  }
  return f.svg.node()!;
}
