/** Acute beds occupied and delayed discharges over time (docs/ODD.md §5.3, flows). */
import { lineChart, updateLineChart, type LineChartData, type LineChartOptions } from './lineChart.ts';
import type { ChartOptions } from './frame.ts';

/** Monthly flow series (a subset of the engine's `Series`). */
export interface FlowsData {
  /** Month labels of the whole run (the x axis); values may be shorter while a run streams. */
  month: readonly string[];
  bedsOccupied: readonly number[];
  delayedDischarges: readonly number[];
}

function flowsSpec(data: FlowsData, options: ChartOptions & Partial<LineChartOptions>): [LineChartData, LineChartOptions] {
  return [
    {
      labels: data.month,
      series: [
        { name: 'Beds occupied', values: data.bedsOccupied },
        { name: 'Delayed discharges', values: data.delayedDischarges },
      ],
    },
    { title: 'Acute beds occupied and delayed discharges', yLabel: 'Beds (daily mean)', yFormat: ',.0f', kind: 'chart-flows', ...options },
  ];
}

/** Draws beds occupied and delayed discharges (daily mean beds per month). */
export function flowsChart(data: FlowsData, container: Element, options: ChartOptions & Partial<LineChartOptions> = {}): SVGSVGElement {
  const [d, o] = flowsSpec(data, options);
  return lineChart(d, container, o);
}

/** Updates a flows chart in place when only its values changed (see `updateLineChart`); false when it must be redrawn. */
export function updateFlowsChart(svg: SVGSVGElement, data: FlowsData, options: ChartOptions & Partial<LineChartOptions> = {}): boolean {
  const [d, o] = flowsSpec(data, options);
  return updateLineChart(svg, d, o);
}

/** The rows behind the chart, for CSV export. */
export function flowsRows(data: FlowsData): Array<Record<string, string | number>> {
  return data.bedsOccupied.map((v, i) => ({ month: data.month[i] ?? '', bedsOccupied: v, delayedDischarges: data.delayedDischarges[i] ?? '' }));
}
