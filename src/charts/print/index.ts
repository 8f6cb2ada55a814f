/**
 * Print figures: charts sized in millimetres with type in points, a title,
 * axis titles with units, a caption line and a provenance footer; colours,
 * dashes and markers that read in colour, greyscale and to colour-blind
 * readers. Functions of (data, container, options) like the screen charts,
 * so the browser and `icsim chart` draw the same figure from the same code.
 * They draw with the shared primitives in `src/charts/` in `PRINT_STYLE`.
 */
export { printFrame, type PrintOptions, type PrintFrame } from './printFrame.ts';
export { PT_PER_MM, TYPE, INK, mmToPt, ptToMm, wrapText } from './printType.ts';
export { PRINT_STYLE } from '../chartStyle.ts';
export { bandChart, type BandChartData, type BandChartOptions, type BandSeries } from './bandChart.ts';
export { influenceChart, type InfluenceBandData } from './influenceChart.ts';
export { responseChart, type ResponseData } from './responseChart.ts';
export { outcomesByYearChart, type OutcomePanel, type OutcomeYear, type OutcomesByYearOptions } from './outcomesByYearChart.ts';
export { forestPlot, estimateText, type ForestMeasure, type ForestRow, type ForestOptions } from './forestPlot.ts';
export { heatmapChart, type HeatCell, type HeatmapData, type HeatmapOptions } from './heatmapChart.ts';
export { morrisChart, type MorrisPoint, type MorrisChartOptions } from './morrisChart.ts';
export { sobolChart, type SobolBar, type SobolChartOptions } from './sobolChart.ts';
export { serializeSvg } from './serializeSvg.ts';
export { tradeoffChart, type TradeoffPoint, type TradeoffChartOptions } from './tradeoffChart.ts';
export { boxLimitsChart, type BoxLimitRow } from './boxLimitsChart.ts';
