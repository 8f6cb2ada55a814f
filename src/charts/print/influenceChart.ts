/**
 * GP influence over financial years (MODEL.md §6): one line per option, the
 * mean across replications with its 95% band, or a single run's line alone.
 */
import { bandChart, type BandSeries } from './bandChart.ts';
import type { PrintOptions } from './printFrame.ts';

/** Influence per financial year, one series per option. */
export interface InfluenceBandData {
  /** Financial-year labels, e.g. `2024/25`. */
  years: readonly string[];
  series: readonly BandSeries[];
}

/** Draws GP influence over time (y from 0, the other members' position, to 1, general practice's). */
export function influenceChart(data: InfluenceBandData, container: Element, o: PrintOptions & { yLabel?: string; xLabel?: string } = {}): SVGSVGElement {
  const banded = data.series.some((s) => s.lower && s.upper);
  // From 0 up to the data (at most 1), so that differences near 0.2 are not squeezed into a fifth of the plot.
  let hi = 0;
  for (const s of data.series) for (const arr of [s.values, s.upper]) for (const v of arr ?? []) if (typeof v === 'number' && Number.isFinite(v)) hi = Math.max(hi, v);
  const top = hi > 0.6 || hi === 0 ? 1 : Math.ceil(hi * 10 + 0.5) / 10;
  return bandChart({ x: data.years, series: data.series }, container, {
    title: 'GP influence over time',
    xLabel: 'Financial year',
    yLabel: 'GP influence (0 = others, 1 = GP)',
    yDomain: [0, top],
    yFormat: top > 0.5 ? '.1f' : '.2f',
    kind: 'chart-influence-band',
    description:
      `GP influence on adopted allocations per financial year (0: the other members' weighted position; 1: the list-weighted position of general practice), ` +
      `${data.series.map((s) => s.name).join(', ')}, ${data.years[0] ?? ''} to ${data.years[data.years.length - 1] ?? ''}${banded ? ', with 95% confidence bands' : ''}.`,
    ...o,
  });
}
