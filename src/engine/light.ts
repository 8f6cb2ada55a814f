/**
 * The engine's light public entry, for the page's start-up: what the page
 * needs before any run (labels of lines, kinds of organisation and financial
 * years, the metric registry's labels and units, the version, the key parameters its controls show,
 * and editing a scenario as plain data: variants and paths), re-exported from files that load neither
 * the schema nor the
 * simulation. The page's first modules must not evaluate the scenario schema:
 * zod decides whether to compile its parsers with eval when a schema is built,
 * and the page's Content-Security-Policy forbids eval, so the schema may only
 * be built after `src/ui/zodJitless.ts` has switched that off (a static import
 * of `index.ts` from the start-up path evaluates the whole engine first).
 * Everything else outside the engine imports `index.ts` (`npm run lint:deps`).
 */
export { applyVariant, getPath, parseValue, setPath, splitPath } from './editing.ts';
export { fyLabel } from './calendar.ts';
export { eventLabel } from './eventTypes.ts';
export { LINES, type Line } from './lines.ts';
export { KEY_PARAMETERS } from './keyParameters.ts';
export { BLOC_NAMES, findMetric, metricLabelText, RULE_WORDS } from './metrics.ts';
export type { MetricUnit } from './metricUnits.ts';
export { monthlyLabel } from './monthlyMetrics.ts';
export { KIND_LABELS, ORG_KINDS, TRUST_KINDS } from './orgKinds.ts';
export { VERSION } from './version.ts';
