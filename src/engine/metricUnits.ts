/**
 * Units and scopes of the metric registry's entries (metrics.ts for the
 * summary, monthlyMetrics.ts for the monthly series), with each unit's
 * default bounds and number format.
 */

/**
 * What a metric's values are: a count (never negative), a share in [0, 1],
 * a signed share in [-1, 1], money (GBP), beds, a ratio to income (any sign),
 * a flag (true/false, 1/0 in flat tables) or text (not a number: not in flat
 * tables).
 */
export type MetricUnit = 'count' | 'share' | 'signedShare' | 'money' | 'beds' | 'ratio' | 'flag' | 'text';

/** What a metric is observed over before any reduction: the whole run, a financial year, a month or a board decision. */
export type MetricScope = 'run' | 'year' | 'month' | 'decision';

/** Each unit's bounds (±Infinity when unbounded) and d3-format specifier, unless an entry gives its own. */
export const UNIT_DEFAULTS: Readonly<Record<MetricUnit, { bounds: readonly [number, number]; format: string }>> = {
  count: { bounds: [0, Infinity], format: ',.3~r' },
  share: { bounds: [0, 1], format: ',.3~f' },
  signedShare: { bounds: [-1, 1], format: ',.3~f' },
  money: { bounds: [-Infinity, Infinity], format: ',.3~r' },
  beds: { bounds: [0, Infinity], format: ',.3~r' },
  ratio: { bounds: [-Infinity, Infinity], format: ',.3~f' },
  flag: { bounds: [0, 1], format: 'd' },
  text: { bounds: [-Infinity, Infinity], format: '' },
};
