/**
 * Charts as functions of (data, container, options) that append an SVG:
 * the page and the Node exporter draw the same pictures from the same code.
 * Screen and print charts share one set of primitives (frame, axes, legend,
 * palette, series marks) and differ only by a `ChartStyle`.
 */
export { SCREEN_STYLE, PRINT_STYLE, type ChartStyle } from './chartStyle.ts';
export { createFrame, frameGeometry, emptyMessage, slug, type ChartOptions, type Frame, type FrameLayout, type Margin } from './frame.ts';
export { styleAxis, gridY, zeroLine, axisTitle } from './axes.ts';
export { drawLegend, legendHeight, type LegendItem } from './legend.ts';
export { drawSeries, linePath, bandPath, pointIndices, type StyledSeries, type Position } from './drawSeries.ts';
export { lineChart, updateLineChart, fyOfMonth, type LineChartData, type LineChartOptions, type LineSeries } from './lineChart.ts';
export { flowsChart, updateFlowsChart, flowsRows, type FlowsData } from './flowsChart.ts';
export { balancesChart, updateBalancesChart, balancesRows, pickBalances, type BalancesData, type BalanceSeries, type BalancesOptions } from './balancesChart.ts';
export { outcomesChart, outcomesRows, outcomeCounts, KIND_LABELS, type OutcomeRow, type OutcomeCell, type OutcomesOptions } from './outcomesChart.ts';
export { gpInfluenceChart, participationChart, seriesRows, type InfluenceData, type NamedValues } from './governanceCharts.ts';
export { comparisonChart, comparisonRows, type ArmSeries } from './comparisonChart.ts';
export { toCsv } from './csv.ts';
export { CATEGORICAL, OUTCOME_COLOURS, DASHES, FONT_FAMILY, seriesLook, type SeriesLook } from './palette.ts';
