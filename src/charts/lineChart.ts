/**
 * A multi-series line chart over an ordered x axis of labels (months or
 * financial years), with optional uncertainty bands. The x domain is the
 * full label list, so a streaming run grows from left to right.
 */
import { axisBottom, axisLeft, extent, format, scaleLinear, select, type ScaleLinear, type Selection } from 'd3';
import { axisTitle, gridY, styleAxis } from './axes.ts';
import { SCREEN_STYLE, type ChartStyle } from './chartStyle.ts';
import { drawSeries, finite, updateSeries, type Position, type StyledSeries } from './drawSeries.ts';
import { createFrame, emptyMessage, frameGeometry, type ChartOptions, type Frame, type FrameLayout } from './frame.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { seriesLook } from './palette.ts';

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
  /** Sizes, type and inks (default: the screen style). */
  style?: ChartStyle;
}

const monthly = /^\d{4}-\d{2}$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-04` → `Apr 2024`. */
export function monthName(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? m} ${y}`;
}

/** `2024-04` → `2024/25` (the financial year that month starts). */
export function fyOfMonth(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Everything a line chart's picture depends on, computed once per draw. */
interface LineModel {
  style: ChartStyle;
  width: number;
  k: number;
  fmt: (n: number) => string;
  /** Series with their looks, values already multiplied by `k`. */
  styled: StyledSeries[];
  legend: LegendItem[];
  layout: FrameLayout;
  n: number;
  points: number;
  desc: string;
  /** The y domain after `nice()`. */
  domain: [number, number];
  /** What must not change for an in-place update (sizes, texts, labels, series and their styles). */
  key: string;
}

const scaled = (arr: ReadonlyArray<number | null> | undefined, k: number) => (arr && k !== 1 ? arr.map((v) => (finite(v) ? v * k : null)) : arr);

function lineModel(data: LineChartData, options: LineChartOptions): LineModel {
  const style = options.style ?? SCREEN_STYLE;
  const width = options.width ?? 640;
  const k = options.yScale ?? 1;
  const fmt = format(options.yFormat ?? ',.4~r');
  const styled: StyledSeries[] = data.series.map((s, i) => ({
    ...seriesLook(i, style),
    ...(s.colour ? { colour: s.colour } : {}),
    ...(s.dash !== undefined ? { dash: s.dash } : {}),
    name: s.name,
    values: scaled(s.values, k)!,
    ...(s.lower && s.upper ? { lower: scaled(s.lower, k)!, upper: scaled(s.upper, k)! } : {}),
  }));
  const banded = styled.some((s) => s.lower && s.upper);
  const legend: LegendItem[] = styled.map((s) => ({
    label: s.name,
    colour: s.colour,
    dash: s.dash,
    shape: banded ? 'band' : 'line',
    ...(style.points === 'every' ? { marker: s.marker } : {}),
  }));
  const lh = styled.length > 1 ? legendHeight(legend, width - 2 * style.pad, style) : 0;
  const layout: FrameLayout = {
    kind: options.kind ?? 'chart-line',
    width,
    height: options.height ?? 320,
    title: options.title ?? '',
    defaultDescription: '',
    ...(options.id !== undefined ? { id: options.id } : {}),
    inner: { top: 10, right: 34, bottom: 46 - style.pad, left: 70 },
    legendHeight: lh,
  };
  const n = data.labels.length;
  const points = styled.reduce((s, d) => s + d.values.filter(finite).length, 0);
  const desc =
    options.description ??
    `Line chart of ${styled.map((s) => s.name).join(', ') || 'no series'} by ${options.xLabel ?? 'period'}, ${n ? `${data.labels[0]} to ${data.labels[n - 1]}` : 'no periods'}; y axis: ${options.yLabel}. ${points} data points.`;
  layout.defaultDescription = desc;
  const all: number[] = [];
  for (const s of styled) for (const arr of [s.values, s.lower, s.upper]) if (arr) for (const v of arr) if (finite(v)) all.push(v);
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
    style.medium,
  ]);
  return { style, width, k, fmt, styled, legend, layout, n, points, desc, domain, key };
}

/** What an in-place update needs from the previous draw of the same SVG. */
interface LineState {
  key: string;
  domain: [number, number];
  /** True when the previous draw showed "No data yet". */
  empty: boolean;
  /** The values drawn, per series: [values, lower, upper] copies. */
  drawn: Array<Array<ReadonlyArray<number | null | undefined> | undefined>>;
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
  const pos: Position = { x: (i) => x(i), y: (v) => y(v), n: m.n };
  return { x, y, pos };
}

/** The text of the hover target at x position `i`. */
function hoverText(data: LineChartData, m: LineModel, i: number): string {
  const { styled, fmt } = m;
  return [
    data.labels[i],
    ...styled
      .filter((s) => finite(s.values[i]))
      .map((s) => {
        const band = s.lower && s.upper && finite(s.lower[i]) && finite(s.upper[i]) ? ` (95% ${fmt(s.lower[i]!)} to ${fmt(s.upper[i]!)})` : '';
        return `${s.name}: ${fmt(s.values[i]!)}${band}`;
      }),
  ].join('\n');
}

/** Positions with at least one value (each gets a hover target). */
function hoverIndices(data: LineChartData, m: LineModel): number[] {
  return data.labels.map((_, i) => i).filter((i) => m.styled.some((s) => finite(s.values[i])));
}

/** Appends the y axis and the horizontal grid lines (both follow the y domain). */
function drawYAxis(plot: Selection<SVGGElement, unknown, null, undefined>, y: ScaleLinear<number, number>, m: LineModel, innerWidth: number): [SVGGElement, SVGGElement] {
  const s = m.style;
  const gy = plot.append('g').attr('class', 'axis axis-y').call(axisLeft(y).ticks(s.yTicks).tickFormat((v) => m.fmt(Number(v))));
  styleAxis(gy, s);
  const grid = gridY(plot, y.ticks(s.yTicks).map((d) => y(d)), innerWidth, s);
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
  const { width, styled, legend, n, points, style: st } = m;
  const f: Frame = createFrame(container, m.layout, st);
  if (styled.length > 1) drawLegend(f.svg, legend, f.pad, f.legendY, width - 2 * st.pad, st);

  const { x, y, pos } = scales(m, f.innerWidth, f.innerHeight);

  const isMonthly = n > 0 && monthly.test(data.labels[0]!);
  // A run of a year or so is labelled by quarter (`Apr 2023`), not by the one financial year it spans.
  const quarterly = isMonthly && n <= 18;
  const every = options.xTickEvery ?? (quarterly ? 3 : isMonthly ? 12 : Math.max(1, Math.ceil(n / 12)));
  const tickFormat = options.xTickFormat ?? ((l: string) => (quarterly ? monthName(l) : isMonthly ? fyOfMonth(l) : l));
  const tickValues: number[] = [];
  for (let i = 0; i < n; i += every) tickValues.push(i);
  // Thin ticks so labels do not collide (60 px each at 11 px type, in proportion at other sizes).
  const maxTicks = Math.max(2, Math.floor(f.innerWidth / ((st.type.tick * 60) / 11)));
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
  styleAxis(gx, st);
  // An empty chart has no y scale to show (a made-up 0-1 domain would read as data).
  if (n > 0 && points > 0) drawYAxis(f.plot, y, m, f.innerWidth);
  axisTitle(f.plot, options.yLabel, -54, f.innerHeight / 2, st, true);
  axisTitle(f.plot, options.xLabel ?? (quarterly ? 'Month' : isMonthly ? 'Month (financial years from April)' : 'Financial year'), f.innerWidth / 2, f.innerHeight + 38, st);

  const svg = f.svg.node()!;
  if (n === 0 || points === 0) {
    emptyMessage(f, 'No data yet');
    remember(svg, m, options, true);
    return svg;
  }

  for (const s of styled) drawSeries(f.plot, s, pos, st);

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
 * while a run streams): the lines, bands, point marks and new or changed
 * hover targets are rewritten and everything else is kept, so the browser
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
  const { innerWidth, innerHeight } = frameGeometry(m.layout, m.style);
  const { x, y, pos } = scales(m, innerWidth, innerHeight);
  if (m.domain[0] !== st.domain[0] || m.domain[1] !== st.domain[1]) {
    // A new y domain: redraw the y axis and the grid in their places (lines and marks follow below).
    const oldAxis = childrenWithClass(plotEl, 'axis-y')[0];
    const oldGrid = childrenWithClass(plotEl, 'grid')[0];
    if (!oldAxis || !oldGrid) return false;
    const [axis, grid] = drawYAxis(plot, y, m, innerWidth);
    plotEl.replaceChild(axis, oldAxis);
    plotEl.replaceChild(grid, oldGrid);
  }

  const desc = [...svg.children].find((c) => c.tagName.toLowerCase() === 'desc');
  if (desc && desc.textContent !== m.desc) desc.textContent = m.desc;
  m.styled.forEach((s, si) => updateSeries(select(groups[si] as SVGGElement), s, pos, m.style));
  const hoverEl = childrenWithClass(plotEl, 'hover')[0] ?? null;

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
