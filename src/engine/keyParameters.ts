/**
 * The scenario fields that matter most to users, in the order the browser
 * shows them as controls. The controls themselves (type, range, default,
 * label) are read from the schema, so a new field needs only a line here.
 */
export const KEY_PARAMETERS: readonly string[] = [
  'seed',
  'years',
  'allocation.rule',
  'governance.devolution.mode',
  'governance.devolution.share',
  'governance.gp.mode',
  'governance.gp.level',
  'governance.gp.attend',
  'governance.gp.cdHours',
  'governance.gp.systemLeadsInGroup',
  'governance.gp.executive.management',
  'governance.gp.executive.feedback',
  'governance.icbBoard.rules',
  'governance.placeBoard.rules',
  'finance.rule',
  'finance.loans.enabled',
  'finance.loans.seekApproval',
  'eventsEnabled',
  'allocation.growthRate',
  'costs.inflation',
  'council.acceptanceDays',
  'finance.toleranceBand',
];
