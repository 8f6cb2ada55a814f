/**
 * Readable names, with units, of sweep metrics (summary fields by dotted
 * path, labelled by the engine's metric registry) and of commonly swept
 * scenario fields, for axis titles and tables. Unknown names fall back to
 * the path itself, which is always correct if less friendly.
 */
// The light entry: the page's sensitivity panel imports this file at start-up, before the schema may be built.
import { findMetric, fyLabel, metricLabelText, type MetricUnit } from '../engine/light.ts';

/** How to show a metric: its label with unit, a display scale and a number format. */
export interface MetricLabel {
  label: string;
  /** Multiplies values for display (1e-6 for £ million). */
  scale: number;
  /** d3-format specifier. */
  format: string;
}

/** Units as printed after a label; money is printed in £ million. */
const PRINT_UNITS: Record<MetricUnit, string> = { count: 'count', money: '£m', share: '0\u20131', signedShare: '\u22121 to 1', beds: 'beds', ratio: 'share of income', flag: '1 = yes', text: '' };

/** `2024` → `2024/25`. */
export function fyOf(year: string | number): string {
  return fyLabel(Number(year));
}

/**
 * The label, scale and format of a metric, from the engine's metric registry:
 * its short label (or its label) with its unit, unless the label states its
 * scale itself; money in £ million.
 */
export function metricLabel(metric: string): MetricLabel {
  const found = findMetric(metric);
  if (!found) return { label: metric, scale: 1, format: ',.4~r' };
  const m = found.metric;
  const text = (found.keys.length === 0 && m.short) || metricLabelText(metric);
  const unit = PRINT_UNITS[m.unit];
  return { label: text.includes('(') || !unit ? text : `${text} (${unit})`, scale: m.unit === 'money' ? 1e-6 : 1, format: m.format || ',.4~r' };
}

const PARAMS: Record<string, string> = {
  years: 'Years simulated',
  'governance.devolution.share': 'Share of the envelope delegated to places (0\u20131)',
  'governance.devolution.mode': 'Devolution mode',
  'governance.gp.mode': 'How general practice organises its voice',
  'governance.gp.level': 'Level at which GP speaks',
  'governance.gp.attend': 'GP attends place boards',
  'governance.gp.cdHours': 'PCN clinical director meeting hours (per month)',
  'governance.gp.relationships': 'GP relationships (multiplier)',
  'allocation.growthRate': 'Real allocation growth (per year)',
  'costs.inflation': 'Pay and price inflation (per year)',
  'finance.toleranceBand': 'Break-even tolerance (share of income)',
  'finance.rule': 'Finance rule',
  'council.acceptanceDays': 'Council acceptance of discharges (days)',
  'acute.communityElasticity': 'Acute demand elasticity to community capacity',
};

/** The label of a swept scenario field (its path when unknown). */
export function parameterLabel(path: string): string {
  return PARAMS[path] ?? path;
}
