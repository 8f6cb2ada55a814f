/**
 * Charts as functions of (data, container, options) that append an SVG:
 * the page and the Node exporter draw the same pictures from the same code.
 */
export { createFrame, slug, type ChartOptions, type Frame, type LegendItem } from './frame.ts';
export { lineChart, updateLineChart, fyOfMonth, seriesStyle, type LineChartData, type LineChartOptions, type LineSeries } from './lineChart.ts';
export { flowsChart, updateFlowsChart, flowsRows, type FlowsData } from './flowsChart.ts';
export { balancesChart, updateBalancesChart, balancesRows, pickBalances, type BalancesData, type BalanceSeries, type BalancesOptions } from './balancesChart.ts';
export { outcomesChart, outcomesRows, outcomeCounts, KIND_LABELS, type OutcomeRow, type OutcomeCell, type OutcomesOptions } from './outcomesChart.ts';
export { gpInfluenceChart, participationChart, seriesRows, type InfluenceData, type NamedValues } from './governanceCharts.ts';
export { comparisonChart, comparisonRows, type ArmSeries } from './comparisonChart.ts';
export { toCsv } from './csv.ts';
export { CATEGORICAL, OUTCOME_COLOURS, DASHES, FONT_FAMILY } from './palette.ts';
