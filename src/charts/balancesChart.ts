/** Balance of each organisation over time, in £ million (docs/ODD.md §5.3). */
import { lineChart, updateLineChart, type LineChartData, type LineChartOptions } from './lineChart.ts';
import type { ChartOptions } from './frame.ts';

/** One organisation's monthly balance (GBP). */
export interface BalanceSeries {
  org: string;
  /** Display name; the id when absent. */
  name?: string;
  kind: string;
  values: readonly number[];
}

/** Data of the balances chart. */
export interface BalancesData {
  month: readonly string[];
  balances: readonly BalanceSeries[];
}

/** Options of the balances chart. */
export interface BalancesOptions extends ChartOptions, Partial<LineChartOptions> {
  /** Largest number of organisations drawn; the largest absolute final balances are kept (default 16). */
  maxSeries?: number;
}

/** The organisations drawn: all, or the largest by absolute latest balance. */
export function pickBalances(balances: readonly BalanceSeries[], maxSeries = 16): BalanceSeries[] {
  if (balances.length <= maxSeries) return [...balances];
  const last = (b: BalanceSeries) => Math.abs(b.values[b.values.length - 1] ?? 0);
  const keep = new Set([...balances].sort((a, b) => last(b) - last(a) || (a.org < b.org ? -1 : a.org > b.org ? 1 : 0)).slice(0, maxSeries));
  return balances.filter((b) => keep.has(b));
}

function balancesSpec(data: BalancesData, options: BalancesOptions): [LineChartData, LineChartOptions] {
  const shown = pickBalances(data.balances, options.maxSeries ?? 16);
  const hidden = data.balances.length - shown.length;
  return [
    { labels: data.month, series: shown.map((b) => ({ name: `${b.name ?? b.org} (${b.kind})`, values: b.values })) },
    {
      title: 'Balance by organisation',
      yLabel: 'Cumulative balance (£ million)',
      yScale: 1e-6,
      yFormat: ',.1f',
      kind: 'chart-balances',
      description:
        `Line chart of the cumulative balance of ${shown.length} organisations in £ million, month by month` +
        (hidden > 0 ? `; ${hidden} more with smaller balances are not shown` : '') +
        '. Above zero means money in hand, below zero a cumulative deficit.',
      ...options,
    },
  ];
}

/** Draws balances per organisation in £ million. */
export function balancesChart(data: BalancesData, container: Element, options: BalancesOptions = {}): SVGSVGElement {
  const [d, o] = balancesSpec(data, options);
  return lineChart(d, container, o);
}

/** Updates a balances chart in place when only its values changed (see `updateLineChart`); false when it must be redrawn. */
export function updateBalancesChart(svg: SVGSVGElement, data: BalancesData, options: BalancesOptions = {}): boolean {
  const [d, o] = balancesSpec(data, options);
  return updateLineChart(svg, d, o);
}

/** The rows behind the chart (every organisation), for CSV export. */
export function balancesRows(data: BalancesData): Array<Record<string, string | number>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const b of data.balances) b.values.forEach((v, i) => rows.push({ month: data.month[i] ?? '', org: b.org, kind: b.kind, balance: v }));
  return rows;
}
