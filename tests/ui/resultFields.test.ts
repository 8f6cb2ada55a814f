import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/engine/index.ts';
import { clipToBounds } from '../../src/export/clipToBounds.ts';
import { decisions, gpInfluence, headline, metricInfo, outcomesByKind, outcomesByYear, participation } from '../../src/ui/resultFields.ts';
import { compareArms, replicationSeeds } from '../../src/ui/compareView.ts';

const raw = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the page reads RunResult fields through one adapter', () => {
  const r = runScenario(parseScenario({ ...raw, years: 2 }, 'default'), { seed: 1 });
  it('reads influence by year, participation, the decision log and outcome tables', () => {
    const inf = gpInfluence(r)!;
    expect(inf.labels).toEqual(['2024/25', '2025/26']);
    expect(inf.series[0]!.values).toEqual(Object.keys(r.summary.yearly).sort().map((y) => r.summary.yearly[y]!.gpInfluence));
    expect(participation(r).series.map((s) => s.values.length)).toEqual([24, 24, 24]);
    expect(decisions(r)).toBe(r.decisions);
    const total = outcomesByKind(r.summary).reduce((s, k) => s + k.surplus + k.breakeven + k.deficit, 0);
    expect(total).toBe(r.summary.outcomes.surplus + r.summary.outcomes.breakeven + r.summary.outcomes.deficit);
    expect(outcomesByYear(r.summary).map((y) => y.fy)).toEqual(['2024/25', '2025/26']);
    expect(headline(r.summary).deficit).toBe(r.summary.outcomes.deficit);
  });
});

describe('metric names and bounds', () => {
  it('names metrics in plain words and bounds counts and shares', () => {
    expect(metricInfo('outcomes.byKind.acute.deficit')).toMatchObject({ label: 'Acute trusts: organisation-years in deficit', kind: 'count', bounds: [0, Infinity] });
    expect(metricInfo('gpInfluence').bounds).toEqual([-1, 1]);
    expect(metricInfo('gpSuccess').bounds).toEqual([0, 1]);
    expect(metricInfo('blocShares.gp').label).toMatch(/general practice/);
    expect(metricInfo('systemBalance').bounds).toEqual([-Infinity, Infinity]);
  });
  it('clips an interval to its bounds and says so', () => {
    expect(clipToBounds(-0.96, 5.6, [0, Infinity])).toEqual({ lower: 0, upper: 5.6, clipped: true });
    expect(clipToBounds(-0.09, 0.21, [0, 1])).toEqual({ lower: 0, upper: 0.21, clipped: true });
    expect(clipToBounds(0.1, 0.2, [0, 1]).clipped).toBe(false);
  });
});

describe('comparison arithmetic', () => {
  it('uses the seeds of icsim sweep', () => {
    expect(replicationSeeds(7, 3)).toEqual(['7:0', '7:1', '7:2']);
  });
  it('pairs replication r of an option with replication r of the baseline, over the metrics that vary', () => {
    const values = new Map([
      ['base', new Map([['a', [1, 2, 3]], ['same', [5, 5, 5]]])],
      ['x', new Map([['a', [2, 4, 6]], ['same', [5, 5, 5]]])],
    ]);
    const c = compareArms(['base', 'x'], values, 'base');
    expect(c.metrics).toEqual(['a']);
    expect(c.diff.get('x')!.get('a')!.mean).toBe(2);
    expect(c.diff.get('base')).toBeUndefined();
  });
});
