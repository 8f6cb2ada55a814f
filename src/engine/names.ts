/**
 * The engine's third public entry, for the page's start-up: the names the
 * page and charts label things with (lines, kinds of organisation, financial
 * years) and the version, re-exported from light files that load neither the
 * schema nor the simulation, so that the first view draws before the engine
 * has been evaluated (issue 24). Everything else outside the engine imports
 * `index.ts` (`npm run lint:deps`).
 */
export { fyLabel } from './calendar.ts';
export { LINES, type Line } from './lines.ts';
export { KIND_LABELS, TRUST_KINDS } from './orgKinds.ts';
export { VERSION } from './version.ts';
