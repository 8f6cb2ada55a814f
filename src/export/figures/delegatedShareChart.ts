/** The delegated share per financial year (contested devolution, docs/ODD.md §7.14a): a band chart on a 0-1 scale, for runs and sweeps. */
import { bandChart, type BandSeries, type PrintOptions } from '../../charts/print/index.ts';

/** The delegated share per financial year, on a 0-1 scale. */
export function delegatedShareChart(years: string[], series: BandSeries[], c: Element, o: PrintOptions & { xLabel?: string; yLabel?: string }): SVGSVGElement {
  return bandChart({ x: years, series }, c, {
    title: 'Share of the budget delegated to places',
    description: `Share of the ICB envelope delegated to place boards per financial year, ${series.map((s) => s.name).join(', ')}, ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}.`,
    ...o,
    xLabel: o.xLabel ?? 'Financial year',
    yLabel: o.yLabel ?? 'Delegated share of the envelope',
    yDomain: [0, 1],
    yFormat: '.1f',
    kind: 'chart-devolution-band',
  });
}
