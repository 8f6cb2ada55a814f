/**
 * The fuzzer in CI: 300 cases of seed 14 (about a quarter of them invalid),
 * each drawn from one of the nine shipped models or a generated system,
 * validated, run (mostly one or two years, some up to 50) and checked
 * (src/fuzz/checkResult.ts, with issue 21's plain spending bound).
 * `npm run fuzz -- --runs 10000` runs many more.
 */
import { describe, expect, it } from 'vitest';
import { formatTally, runFuzz, type FailedCase } from '../../src/fuzz/runFuzz.ts';

describe('fuzz', () => {
  it('300 cases: no crash, ledger break, non-finite number or bound violation; every rejection names its field', () => {
    const failures: FailedCase[] = [];
    const tally = runFuzz(14, 0, 300, (f) => failures.push(f));
    const report = formatTally(tally, tally.ms) + failures.slice(0, 5).map((f) => `case ${f.seed}/${f.index} (${f.case.kind}, ${f.case.base}): ${f.outcome}: ${f.detail.slice(0, 400)}`).join('\n');
    expect(failures, report).toEqual([]);
    // The sample covers both kinds, and invalid cases were rejected naming the field.
    expect(tally.valid).toBeGreaterThan(120);
    expect(tally.counts.rejected).toBeGreaterThan(45);
  }, 300_000);
});
