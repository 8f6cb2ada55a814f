/**
 * Governance series (docs/ODD.md §5.3, §7.13): GP influence over time, overall and per
 * place; GP attendance, cohesion and mandate gap. All are shares in [0, 1].
 */
import { lineChart, type LineChartOptions, type LineSeries } from './lineChart.ts';
import type { ChartOptions } from './frame.ts';

/** A named series of shares. */
export interface NamedValues {
  name: string;
  values: ReadonlyArray<number | null>;
}

/** GP influence data: labels (years or months), the overall series and any per-place series. */
export interface InfluenceData {
  labels: readonly string[];
  overall?: ReadonlyArray<number | null>;
  byPlace?: readonly NamedValues[];
}

/** Draws GP influence (0 = the other members' position, 1 = general practice's). */
export function gpInfluenceChart(data: InfluenceData, container: Element, options: ChartOptions & Partial<LineChartOptions> = {}): SVGSVGElement {
  const series: LineSeries[] = [];
  if (data.overall) series.push({ name: 'Overall', values: data.overall });
  for (const p of data.byPlace ?? []) series.push({ name: p.name, values: p.values });
  return lineChart({ labels: data.labels, series }, container, {
    title: 'GP influence over time',
    yLabel: 'GP influence (0 = none, 1 = to its ideal)',
    yDomain: [0, 1],
    yFormat: '.2f',
    kind: 'chart-influence',
    description:
      'Line chart of general practice influence on adopted allocations: where each decision lies between the other members\u2019 weighted position (0) ' +
      `and the list-weighted position of all practices (1); ${series.length} series over ${data.labels.length} periods.`,
    ...options,
  });
}

/** Draws GP attendance, cohesion (and mandate gap, when given) as shares. */
export function participationChart(
  data: { labels: readonly string[]; series: readonly NamedValues[] },
  container: Element,
  options: ChartOptions & Partial<LineChartOptions> = {},
): SVGSVGElement {
  return lineChart({ labels: data.labels, series: data.series }, container, {
    title: 'GP attendance and cohesion',
    yLabel: 'Share (0 to 1)',
    yDomain: [0, 1],
    yFormat: '.2f',
    kind: 'chart-participation',
    description: `Line chart of ${data.series.map((s) => s.name).join(', ')} (shares from 0 to 1) over ${data.labels.length} periods.`,
    ...options,
  });
}

/** Rows behind a labelled set of series, for CSV export. */
export function seriesRows(labels: readonly string[], series: readonly NamedValues[]): Array<Record<string, string | number>> {
  return labels.map((label, i) => {
    const row: Record<string, string | number> = { period: label };
    for (const s of series) row[s.name] = s.values[i] ?? '';
    return row;
  });
}
