/**
 * What the page draws once a run's results are in (the headline, the result
 * tables, the accountability section and the decision log), as one chunk
 * loaded after the page's first chart, so that evaluating it is not part of
 * the page's start-up.
 */
export { headlineRules, showHeadline } from './headlineView.ts';
export { byKindTable, bySystemTable, powerSection, rowsTable, summaryTable } from './tables.ts';
export { accountabilitySection } from './accountabilityView.ts';
export { decisionLog } from './decisionLogView.ts';
