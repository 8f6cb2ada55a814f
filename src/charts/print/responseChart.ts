/**
 * A metric against a swept parameter: the mean across replications at each
 * level with its 95% band, optionally one line per value of a second
 * parameter (or per option).
 */
import { bandChart, type BandChartOptions, type BandSeries } from './bandChart.ts';

/** Levels of the swept parameter and one series per line. */
export interface ResponseData {
  x: ReadonlyArray<string | number>;
  series: readonly BandSeries[];
}

/** Draws a response curve; `xLabel` and `yLabel` name the parameter and the metric with units. */
export function responseChart(data: ResponseData, container: Element, o: BandChartOptions): SVGSVGElement {
  return bandChart(data, container, {
    kind: 'chart-response',
    description:
      `${o.yLabel} against ${o.xLabel}: mean across replications at each level with shaded 95% confidence bands` +
      `${data.series.length > 1 ? `, one line each for ${data.series.map((s) => s.name).join(', ')}` : ''}.`,
    ...o,
  });
}
