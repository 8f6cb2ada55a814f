/**
 * Issue 21 (the money ran away over long horizons): every shipped model,
 * seed 1, run for 50 years and checked each year and month by
 * checkLongRun (src/fuzz/checkLongRun.ts): no organisation spends more than
 * twice its income, the trusts' aggregate result stays within ±10% of their
 * income, delayed discharges never exceed beds occupied; and money never
 * outgrows exact counting (a ScaleError, where a runaway ends).
 *
 * A CI sample of one seed; `npm run bench -- longRun` runs seeds 1-5 over
 * 50 years for every model, England included.
 *
 * England (england.json, england-2023-24.json) runs for 10 years here, not
 * 50: on the engine before the fix a 50-year England run took 89 s and
 * stopped at month 388 with a ScaleError, and even at the fixed engine's
 * pace (about 0.25 s a year, bench/engine.bench.ts) 50 years would be over
 * 12 s a model. A summary-only run would not help: it is no faster and
 * keeps no monthly series, which the bed bound reads. Ten years is where
 * issue 21 saw -100% of income, and the horizon of the engine benchmark.
 *
 * On the engine before the fix (2 cores, 100-130 s for the file, 3-40 s a
 * model) every model failed: the trusts' aggregate result fell below -10%
 * of income in year 6-9 and an acute trust spent over twice its income
 * from year 8-13 (England: not within 10 years); delayed discharges stayed
 * within the beds occupied.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLongRun } from '../../src/fuzz/checkLongRun.ts';
import { runLongRun } from '../../src/fuzz/runLongRun.ts';
import { model } from '../helpers/models.ts';

const YEARS = 50;
const ENGLAND_YEARS = 10;
const SEED = 1;

const MODELS = readdirSync(new URL('../../models/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe(`long runs (issue 21): every shipped model, seed ${SEED}, ${YEARS} years (England ${ENGLAND_YEARS})`, () => {
  it.each(MODELS)('%s stays within the long-run bounds', (name) => {
    const years = name.startsWith('england') ? ENGLAND_YEARS : YEARS;
    const s = model(name);
    const t0 = performance.now();
    const run = runLongRun(s, { seed: SEED, years });
    const seconds = (performance.now() - t0) / 1000;
    const violations = checkLongRun(run.result, s);
    // The first few of each bound (checkLongRun lists spending, then the trusts' result, then beds).
    const kinds = [' spent £', "trusts' aggregate result", ' delayed discharges '].map((k) => violations.filter((v) => v.message.includes(k)));
    const report = [
      `${name}, ${years} years, seed ${SEED}: ${violations.length} violations (spending ${kinds[0]!.length}, trusts' result ${kinds[1]!.length}, beds ${kinds[2]!.length})${run.stopped ? `; stopped at month ${run.months} of ${years * 12}: ${run.stopped.slice(0, 300)}` : ''}`,
      ...kinds.flatMap((k) => k.slice(0, 3)).map((v) => `  ${v.message}`),
    ].join('\n');
    console.log(`longRun ${report.split('\n')[0]} in ${seconds.toFixed(1)} s`);
    expect(run.stopped, report).toBeUndefined();
    // The count, not the list: a runaway breaks the bounds in every year, and the report shows the first few.
    expect(violations.length, report).toBe(0);
  }, 300_000);
});
