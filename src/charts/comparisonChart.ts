/**
 * An options appraisal over time: the mean of each arm (scenario variant or
 * setting) across replications, with its 95% confidence band.
 */
import { lineChart, type LineChartOptions } from './lineChart.ts';
import type { ChartOptions } from './frame.ts';

/** One arm's mean and 95% band per period. */
export interface ArmSeries {
  name: string;
  mean: ReadonlyArray<number | null>;
  lower: ReadonlyArray<number | null>;
  upper: ReadonlyArray<number | null>;
}

/** Draws the arms' means with 95% bands. */
export function comparisonChart(
  data: { labels: readonly string[]; arms: readonly ArmSeries[]; replications: number },
  container: Element,
  options: ChartOptions & Partial<LineChartOptions> & { yLabel: string },
): SVGSVGElement {
  return lineChart(
    { labels: data.labels, series: data.arms.map((a) => ({ name: a.name, values: a.mean, lower: a.lower, upper: a.upper })) },
    container,
    {
      kind: 'chart-comparison',
      description:
        `Mean of ${data.replications} replications per option (${data.arms.map((a) => a.name).join(', ')}), ` +
        `with shaded 95% confidence intervals of the mean; y axis: ${options.yLabel}.`,
      ...options,
    },
  );
}

/** Rows behind the comparison chart, for CSV export. */
export function comparisonRows(labels: readonly string[], arms: readonly ArmSeries[]): Array<Record<string, string | number>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const a of arms) labels.forEach((l, i) => rows.push({ option: a.name, period: l, mean: a.mean[i] ?? '', lower95: a.lower[i] ?? '', upper95: a.upper[i] ?? '' }));
  return rows;
}
