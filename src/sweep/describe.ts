/** The sample description of `icsim summarise`, now in src/stats (pure, shared with the page). */
export { describe, type Description } from '../stats/describe.ts';
