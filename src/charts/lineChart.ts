/**
 * A multi-series line chart over an ordered x axis of labels (months or
 * financial years), with optional uncertainty bands. The x domain is the
 * full label list, so a streaming run grows from left to right.
 */
import { area, axisBottom, axisLeft, extent, format, line, scaleLinear, select, type ScaleLinear, type Selection } from 'd3';
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

/** Everything a line chart's picture depends on, computed once per draw. */
interface LineModel {
  width: number;
  k: number;
  fmt: (n: number) => string;
  styled: Array<LineSeries & { colour: string; dash: string }>;
  legend: LegendItem[];
  margin: { top: number; right: number; bottom: number; left: number };
  n: number;
  points: number;
  desc: string;
  /** The y domain after `nice()`. */
  domain: [number, number];
  /** What must not change for an in-place update (sizes, texts, labels, series and their styles). */
  key: string;
}

function lineModel(data: LineChartData, options: LineChartOptions): LineModel {
  const width = options.width ?? 640;
  const k = options.yScale ?? 1;
  const fmt = format(options.yFormat ?? ',.4~r');
  const styled = data.series.map((s, i) => ({ ...s, ...seriesStyle(i), ...(s.colour ? { colour: s.colour } : {}), ...(s.dash !== undefined ? { dash: s.dash } : {}) }));
  const legend: LegendItem[] = styled.map((s) => ({ label: s.name, colour: s.colour, dash: s.dash }));
  const lh = styled.length > 1 ? legendHeight(legend, width - 16) : 0;
  const margin = { top: 30 + lh + 10, right: 34, bottom: 46, left: 70 };
  const n = data.labels.length;
  const points = styled.reduce((s, d) => s + d.values.filter(finite).length, 0);
  const desc =
    options.description ??
    `Line chart of ${styled.map((s) => s.name).join(', ') || 'no series'} by ${options.xLabel ?? 'period'}, ${n ? `${data.labels[0]} to ${data.labels[n - 1]}` : 'no periods'}; y axis: ${options.yLabel}. ${points} data points.`;
  const all: number[] = [];
  for (const s of styled) for (const arr of [s.values, s.lower, s.upper]) if (arr) for (const v of arr) if (finite(v)) all.push(v * k);
  const [lo, hi] = options.yDomain ?? (all.length ? (extent([0, ...all]) as [number, number]) : [0, 1]);
  const domain = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice()
    .domain() as [number, number];
  const key = JSON.stringify([
    width,
    options.height ?? 320,
    options.title ?? '',
    options.id ?? '',
    options.kind ?? '',
    options.yLabel,
    options.xLabel ?? null,
    options.yFormat ?? null,
    k,
    options.xTickEvery ?? null,
    options.maxPoints ?? null,
    data.labels,
    styled.map((s) => [s.name, s.colour, s.dash, !!(s.lower && s.upper)]),
  ]);
  return { width, k, fmt, styled, legend, margin, n, points, desc, domain, key };
}

/** What an in-place update needs from the previous draw of the same SVG. */
interface LineState {
  key: string;
  domain: [number, number];
  /** True when the previous draw showed "No data yet". */
  empty: boolean;
  /** The values drawn, per series: [values, lower, upper] copies. */
  drawn: Array<Array<ReadonlyArray<number | null> | undefined>>;
  /** Custom tick formatter of the previous draw (functions cannot be keyed). */
  tickFormat: LineChartOptions['xTickFormat'];
}

const states = new WeakMap<Element, LineState>();

function remember(svg: SVGSVGElement, m: LineModel, options: LineChartOptions, empty: boolean): void {
  states.set(svg, {
    key: m.key,
    domain: m.domain,
    empty,
    drawn: m.styled.map((s) => [s.values.slice(), s.lower?.slice(), s.upper?.slice()]),
    tickFormat: options.xTickFormat,
  });
}

/** The scales of a chart of this model in a frame of this inner size. */
function scales(m: LineModel, innerWidth: number, innerHeight: number) {
  const y = scaleLinear().domain(m.domain).range([innerHeight, 0]);
  const x = scaleLinear()
    .domain([0, Math.max(1, m.n - 1)])
    .range([0, innerWidth]);
  return { x, y };
}

function linePath(x: (i: number) => number, y: (v: number) => number, k: number, values: ReadonlyArray<number | null>): string {
  return (
    line<number>()
      .defined((i) => finite(values[i]))
      .x((i) => x(i))
      .y((i) => y(values[i]! * k))(values.map((_, i) => i)) ?? ''
  );
}

function bandPath(x: (i: number) => number, y: (v: number) => number, k: number, lower: ReadonlyArray<number | null>, upper: ReadonlyArray<number | null>): string {
  const idx = lower.map((_, i) => i).filter((i) => finite(lower[i]) && finite(upper[i]));
  return (
    area<number>()
      .x((i) => x(i))
      .y0((i) => y(lower[i]! * k))
      .y1((i) => y(upper[i]! * k))(idx) ?? ''
  );
}

/** Appends the dots marking isolated values (which draw no line) of each series. */
function drawDots(parent: Selection<SVGGElement, unknown, null, undefined>, m: LineModel, x: (i: number) => number, y: (v: number) => number, before: Element | null): void {
  for (const s of m.styled) {
    const v = s.values;
    const lone = v.map((_, i) => i).filter((i) => finite(v[i]) && !finite(v[i - 1]) && !finite(v[i + 1]));
    if (!lone.length) continue;
    const g = before ? parent.insert('g', () => before) : parent.append('g');
    g.attr('class', 'dots')
      .selectAll('circle')
      .data(lone)
      .join('circle')
      .attr('cx', (i) => x(i))
      .attr('cy', (i) => y(v[i]! * m.k))
      .attr('r', 3.5)
      .attr('fill', s.colour);
  }
}

/** The text of the hover target at x position `i`. */
function hoverText(data: LineChartData, m: LineModel, i: number): string {
  const { styled, fmt, k } = m;
  return [
    data.labels[i],
    ...styled
      .filter((s) => finite(s.values[i]))
      .map((s) => {
        const band = s.lower && s.upper && finite(s.lower[i]) && finite(s.upper[i]) ? ` (95% ${fmt(s.lower[i]! * k)} to ${fmt(s.upper[i]! * k)})` : '';
        return `${s.name}: ${fmt(s.values[i]! * k)}${band}`;
      }),
  ].join('\n');
}

/** Positions with at least one value (each gets a hover target). */
function hoverIndices(data: LineChartData, m: LineModel): number[] {
  return data.labels.map((_, i) => i).filter((i) => m.styled.some((s) => finite(s.values[i])));
}

/** Appends the y axis and the horizontal grid lines (both follow the y domain). */
function drawYAxis(plot: Selection<SVGGElement, unknown, null, undefined>, y: ScaleLinear<number, number>, fmt: (n: number) => string, innerWidth: number): [SVGGElement, SVGGElement] {
  const gy = plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).ticks(6).tickFormat((v) => fmt(Number(v))));
  styleAxis(gy);
  const grid = plot
    .append('g')
    .attr('class', 'grid');
  grid
    .selectAll('line')
    .data(y.ticks(6))
    .join('line')
    .attr('x1', 0)
    .attr('x2', innerWidth)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', '#e5e5e5');
  return [gy.node()!, grid.node()!];
}

/** Sets a hover target's geometry (attribute order as in a full draw). */
function placeHover(rect: Selection<SVGRectElement, number, SVGGElement, unknown>, x: (i: number) => number, step: number, innerWidth: number, innerHeight: number) {
  return rect
    .attr('x', (i) => Math.max(0, x(i) - step / 2))
    .attr('width', (i) => Math.min(x(i) + step / 2, innerWidth) - Math.max(0, x(i) - step / 2))
    .attr('y', 0)
    .attr('height', innerHeight)
    .attr('fill', '#000')
    .attr('fill-opacity', 0);
}

/**
 * Draws a line chart into `container` and returns the SVG element.
 * Each x position has a transparent hover column whose `<title>` lists the
 * values there (a native tooltip, and the text the page's tooltip shows).
 */
export function lineChart(data: LineChartData, container: Element, options: LineChartOptions): SVGSVGElement {
  const m = lineModel(data, options);
  const { width, styled, legend, margin, n, points, desc } = m;
  const f: Frame = createFrame(container, options.kind ?? 'chart-line', options, margin, desc);
  if (styled.length > 1) drawLegend(f, legend, 8, 30 + 6, width - 16);

  const { x, y } = scales(m, f.innerWidth, f.innerHeight);
  const fmt = m.fmt;

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
  // An empty chart has no y scale to show (a made-up 0-1 domain would read as data).
  if (n > 0 && points > 0) drawYAxis(f.plot, y, fmt, f.innerWidth);
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

  const svg = f.svg.node()!;
  if (n === 0 || points === 0) {
    emptyMessage(f, 'No data yet');
    remember(svg, m, options, true);
    return svg;
  }

  for (const s of styled) {
    const g = f.plot.append('g').attr('class', 'series').attr('data-series', s.name);
    if (s.lower && s.upper) {
      g.append('path')
        .attr('class', 'band')
        .attr('fill', s.colour)
        .attr('fill-opacity', 0.18)
        .attr('stroke', 'none')
        .attr('d', bandPath(x, y, m.k, s.lower, s.upper));
    }
    g.append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', s.dash || null)
      .attr('d', linePath(x, y, m.k, s.values));
  }
  // Isolated values (e.g. a single year) would draw no line: mark them with a dot.
  drawDots(f.plot, m, x, y, null);

  // Hover targets: one transparent column per x position whose <title> lists every series there.
  if (n <= (options.maxPoints ?? 2500)) {
    const step = n > 1 ? f.innerWidth / (n - 1) : f.innerWidth;
    placeHover(f.plot.append('g').attr('class', 'hover').selectAll<SVGRectElement, number>('rect').data(hoverIndices(data, m)).join('rect'), x, step, f.innerWidth, f.innerHeight)
      .append('title')
      .text((i) => hoverText(data, m, i));
  }
  remember(svg, m, options, false);
  return svg;
}

const sameValue = (a: number | null | undefined, b: number | null | undefined) => a === b || (finite(a) ? false : !finite(b));

/**
 * Updates, in place, an SVG drawn by `lineChart` to show new values, when
 * only the values changed and the y axis stays the same (the usual case
 * while a run streams): the lines, bands, dots and new or changed hover
 * targets are rewritten and everything else is kept, so the browser
 * restyles only what changed. The result is the same markup a fresh
 * `lineChart` draw gives. Returns false (and changes nothing) when a full
 * redraw is needed: the caller then calls `lineChart`.
 */
export function updateLineChart(svg: SVGSVGElement, data: LineChartData, options: LineChartOptions): boolean {
  const st = states.get(svg);
  if (!st || st.empty || st.tickFormat !== options.xTickFormat) return false;
  const m = lineModel(data, options);
  if (m.key !== st.key || m.points === 0 || m.n === 0) return false;
  const plotEl = childrenWithClass(svg, 'plot')[0];
  if (!plotEl) return false;
  const plot = select(plotEl as SVGGElement);
  const groups = childrenWithClass(plotEl, 'series');
  if (groups.length !== m.styled.length) return false;
  const innerWidth = Math.max(10, m.width - m.margin.left - m.margin.right);
  const innerHeight = Math.max(10, (options.height ?? 320) - m.margin.top - m.margin.bottom);
  const { x, y } = scales(m, innerWidth, innerHeight);
  if (m.domain[0] !== st.domain[0] || m.domain[1] !== st.domain[1]) {
    // A new y domain: redraw the y axis and the grid in their places (lines and dots follow below).
    const oldAxis = childrenWithClass(plotEl, 'axis-y')[0];
    const oldGrid = childrenWithClass(plotEl, 'grid')[0];
    if (!oldAxis || !oldGrid) return false;
    const [axis, grid] = drawYAxis(plot, y, m.fmt, innerWidth);
    plotEl.replaceChild(axis, oldAxis);
    plotEl.replaceChild(grid, oldGrid);
  }

  const desc = [...svg.children].find((c) => c.tagName.toLowerCase() === 'desc');
  if (desc && desc.textContent !== m.desc) desc.textContent = m.desc;
  m.styled.forEach((s, si) => {
    const g = groups[si]!;
    if (s.lower && s.upper) setIfChanged(g.querySelector('path.band'), 'd', bandPath(x, y, m.k, s.lower, s.upper));
    setIfChanged(g.querySelector('path.line'), 'd', linePath(x, y, m.k, s.values));
  });
  const hoverEl = childrenWithClass(plotEl, 'hover')[0] ?? null;
  for (const d of childrenWithClass(plotEl, 'dots')) d.remove();
  drawDots(plot, m, x, y, hoverEl);

  if (hoverEl) {
    const hover = select(hoverEl as SVGGElement);
    const step = m.n > 1 ? innerWidth / (m.n - 1) : innerWidth;
    // The first position whose values differ from those drawn (a streaming run only adds at the end).
    let from = m.n;
    m.styled.forEach((s, si) => {
      const [v, lo, hi] = st.drawn[si]!;
      for (let i = 0; i < from; i++) {
        if (!sameValue(s.values[i], v?.[i]) || !sameValue(s.lower?.[i], lo?.[i]) || !sameValue(s.upper?.[i], hi?.[i])) {
          from = i;
          break;
        }
      }
    });
    const changed = (i: number) => i >= from;
    hover
      .selectAll<SVGRectElement, number>('rect')
      .data(hoverIndices(data, m), (d) => String(d))
      .join(
        (enter) => {
          const r = placeHover(enter.append('rect'), x, step, innerWidth, innerHeight);
          r.append('title').text((i) => hoverText(data, m, i));
          return r;
        },
        (update) => {
          update.filter((i) => changed(i)).select('title').text((i) => hoverText(data, m, i));
          return update;
        },
      )
      .order();
  }
  remember(svg, m, options, false);
  return true;
}

function childrenWithClass(el: Element, cls: string): Element[] {
  return [...el.children].filter((c) => (c.getAttribute('class') ?? '').split(' ').includes(cls));
}

function setIfChanged(el: Element | null, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}
