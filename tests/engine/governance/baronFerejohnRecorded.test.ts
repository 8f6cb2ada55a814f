/**
 * The Baron-Ferejohn solver gives, bit for bit, the results it gave before
 * its speed work (issue 10: its own simplex, memoised programmes, skipped
 * tie-breaks): problems taken from England runs, each with the sha256 of the
 * result recorded from the solver of commit 052b454. Numbers are written with
 * Number#toString (exact for doubles) and -0 apart from 0.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baronFerejohn, type LegislativeOptions, type LegislativeProblem, type LegislativeResult } from '../../../src/engine/governance/baronFerejohn.ts';

interface RecordedCase {
  source: string;
  problem: LegislativeProblem;
  options: LegislativeOptions;
  digest: string;
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'baronFerejohnCases.json'), 'utf8')) as { cases: RecordedCase[] };

function digest(result: LegislativeResult): string {
  const text = JSON.stringify(result, (_key, v: unknown) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : v.toString()) : v));
  return createHash('sha256').update(text).digest('hex');
}

describe('baronFerejohn against results recorded before its speed work', () => {
  const mixing: string[] = [];
  for (const c of cases) {
    it(`${c.source}: the same result, bit for bit`, () => {
      const result = baronFerejohn(c.problem, c.options);
      if (result.proposals.some((p) => p.options.length > 1)) mixing.push(c.source);
      expect(digest(result)).toBe(c.digest);
    });
  }
  it('covers proposers that mix (the slow, cycling problems)', () => {
    expect(mixing.length).toBeGreaterThanOrEqual(2);
  });
  it('gives the same result when solved again after other problems (the memo is per solve)', () => {
    const first = digest(baronFerejohn(cases[2]!.problem, cases[2]!.options));
    for (const c of cases.slice(3)) baronFerejohn(c.problem, c.options);
    expect(digest(baronFerejohn(cases[2]!.problem, cases[2]!.options))).toBe(first);
  });
});
