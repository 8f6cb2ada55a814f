/**
 * The metrics the page's Sensitivity panel can screen: summary fields by
 * the names `icsim sensitivity --metric` takes (flattened summary columns),
 * labelled as `icsim chart` labels them (src/export/labels.ts). The first
 * two are the command line's default metrics.
 */
import { metricLabel, type MetricLabel } from '../export/labels.ts';

/** Metrics offered, in the order shown. */
export const SENSITIVITY_METRICS: readonly string[] = [
  'gpInfluence',
  'outcomes.deficit',
  'lastYear.trustsInDeficit',
  'lastYear.trustResultShareOfIncome',
  'systemBalance',
  'delayedDischarges',
  'gpSuccess',
  'delegatedShare',
];

/** A metric's label (with unit), display scale and format. */
export function sensitivityMetric(metric: string): MetricLabel & { metric: string; name: string } {
  const l = metricLabel(metric);
  // The label without its unit, for sentences ("GP influence", "Trusts in deficit in the last year").
  return { ...l, metric, name: l.label.replace(/ \(.*\)$/, '') };
}
