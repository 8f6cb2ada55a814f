/** The provenance footer of a figure drawn from one run (pure: the browser can print the same line as the CLI). */
// The version module and the result type only: the page imports this eagerly, and must not load the engine with it.
import type { RunResult } from '../engine/index.ts';
import { VERSION } from '../engine/light.ts';
import { fyOf } from './labels.ts';

/** `Source: scenario NAME (scenario hash H) · one run, seed S · N years from FY · icsim V · drawn DATE`. */
export function runFooter(meta: RunResult['meta'], date: string): string {
  return [
    `Source: scenario ${meta.scenario} (scenario hash ${meta.scenarioHash})`,
    `one run, seed ${String(meta.seed)}`,
    `${meta.years} year${meta.years === 1 ? '' : 's'} from ${fyOf(meta.startYear)}`,
    `icsim ${meta.icsim === VERSION ? VERSION : `${meta.icsim} (drawn by ${VERSION})`}`,
    `drawn ${date}`,
  ].join(' \u00b7 ');
}
