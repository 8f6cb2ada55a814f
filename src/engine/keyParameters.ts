/**
 * The scenario fields that matter most to users, in the order the browser
 * shows them as controls. The controls themselves (type, range, default,
 * label) are read from the schema, so a new field needs only a line here.
 */
export const KEY_PARAMETERS: readonly string[] = [
  'seed',
  'years',
  'allocation.rule',
  'allocation.growthRate',
  'costs.inflation',
  'council.acceptanceDays',
  'finance.toleranceBand',
];
