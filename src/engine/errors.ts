/**
 * The engine's second public entry, for start-up: its error classes and its
 * version, re-exported from light files that load neither the schema nor the
 * simulation. The command line recognises these errors before any command has
 * loaded the engine; importing them through `index.ts` would double the time
 * `icsim --help` takes (measured 0.08-0.09 s against 0.13-0.20 s). Everything
 * else outside the engine imports `index.ts` (`npm run lint:deps`).
 */
export { ScenarioError } from './ScenarioError.ts';
export { LedgerError, ScaleError } from './ledger.ts';
export { VERSION } from './version.ts';
