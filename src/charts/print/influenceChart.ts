/**
 * GP influence over financial years (docs/ODD.md §7.13): one line per option, the
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
  // From 0 (or below, when general practice's presence hurt it) up to the data (at most 1), so that
  // differences near 0.2 are not squeezed into a fifth of the plot.
  let hi = 0;
  let lo = 0;
  for (const s of data.series)
    for (const arr of [s.values, s.upper, s.lower])
      for (const v of arr ?? []) {
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
  const top = hi > 0.6 || hi === 0 ? 1 : Math.ceil(hi * 10 + 0.5) / 10;
  const bottom = lo < 0 ? Math.max(-1, Math.floor(lo * 10 - 0.5) / 10) : 0;
  return bandChart({ x: data.years, series: data.series }, container, {
    title: 'GP influence over time',
    xLabel: 'Financial year',
    yLabel: 'GP influence (0 = none, 1 = to its ideal)',
    yDomain: [bottom, top],
    yFormat: top - bottom > 0.5 ? '.1f' : '.2f',
    kind: 'chart-influence-band',
    description:
      `GP influence on adopted allocations per financial year (how far general practice's presence moved them from the decisions taken with its seats empty: 0 not at all, 1 all the way to its ideal), ` +
      `${data.series.map((s) => s.name).join(', ')}, ${data.years[0] ?? ''} to ${data.years[data.years.length - 1] ?? ''}${banded ? ', with 95% confidence bands' : ''}.`,
    ...o,
  });
}
