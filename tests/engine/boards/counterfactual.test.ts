/**
 * GP influence as power (docs/ODD.md §7.13): each decision is replayed with general
 * practice's seats empty. Where general practice cannot change a decision its
 * influence is exactly 0 whatever its success; where it decides alone it is
 * 1; and in the two textbook games it equals GP's closed-form share.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideAllocation } from '../../../src/engine/boards/decideAllocation.ts';
import type { Seat } from '../../../src/engine/boards/seats.ts';
import { applyVariant, parseScenario, runScenario, setPath, variantNames, type Scenario } from '../../../src/engine/index.ts';
import { model, rawModel } from '../../helpers/models.ts';

const MODELS = readdirSync(new URL('../../../models/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json' && !f.startsWith('england'))
  .map((f) => f.replace(/\.json$/, ''));

describe('every board on the executive rule', () => {
  it.each(MODELS)('%s: GP influence is exactly 0 in every decision where GP holds no executive seat, while success is reported', (name) => {
    let raw: unknown = rawModel(name);
    raw = setPath(raw, 'governance.icbBoard.rules', ['executive']);
    raw = setPath(raw, 'governance.placeBoard.rules', ['executive']);
    const base = parseScenario(raw, name);
    const variants = ['', ...variantNames(raw as never)];
    let checked = 0;
    for (const v of variants) {
      const s = v ? parseScenario(applyVariant(raw, v), `${name} --variant ${v}`) : base;
      const r = runScenario(s, { seed: 7, years: 2 });
      for (const d of r.decisions) {
        if (d.members[0]?.bloc === 'gp') continue;
        expect(d.gpInfluence).toBe(0);
        expect(d.gpSuccess).toBeGreaterThanOrEqual(0);
        expect(d.gpSuccess).toBeLessThanOrEqual(1);
        checked++;
      }
      // Years in which no GP body was the executive (south-lakeland's federation holds place budgets).
      for (const [year, y] of Object.entries(r.summary.yearly)) {
        const gpExec = r.decisions.some((d) => String(d.year) === year && d.members[0]?.bloc === 'gp');
        if (!gpExec && y.gpInfluence !== null) expect(y.gpInfluence).toBe(0);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** Seven lines; members value one line each (index `line`). */
const member = (id: string, bloc: Seat['bloc'], line: number, recognition = 1) => {
  const priorities = new Float64Array(7);
  priorities[line] = 1;
  return { id, bloc, role: id, pcn: -1, priorities, votingWeight: 1, baseRecognition: recognition, present: true, recognition };
};

function scenarioWith(maxChange: number): Scenario {
  const s = model('default');
  // Unvalidated settings for textbook games: no floor lines, and bounds wide enough for one member to take all.
  return { ...s, governance: { ...s.governance, maxChange, floorLines: [] } };
}

describe('closed forms with general practice as one of the members', () => {
  it('GP as the executive: influence 1 (with its seat empty no one could decide)', () => {
    const gp = member('gp', 'gp', 2);
    const out = decideAllocation(scenarioWith(1), {
      members: [gp, member('trust', 'trust', 0)],
      rules: ['executive'],
      quota: 0.5,
      discount: 1,
      executive: 0,
      envelope: 100,
      last: [50, 0, 50, 0, 0, 0, 0],
      statusQuo: [50, 0, 50, 0, 0, 0, 0],
      gpPriorities: gp.priorities,
      rng: () => 0.5,
    });
    expect(out.allocation[2]).toBeCloseTo(100, 9);
    expect(out.counterfactualRule).toBe('statusQuo');
    expect(out.gpInfluence).toBe(1);
    expect(out.gpSuccess).toBe(1);
  });

  it('two-member Nash bargaining (surplus 100, disagreement 20 and 0): GP gets 60, its influence 0.6', () => {
    const gp = member('gp', 'gp', 0);
    const out = decideAllocation(scenarioWith(1), {
      members: [gp, member('council', 'council', 1)],
      rules: ['consensus'],
      quota: 0.5,
      discount: 1,
      executive: 1,
      envelope: 100,
      last: [50, 50, 0, 0, 0, 0, 0],
      statusQuo: [20, 0, 0, 0, 0, 0, 0],
      gpPriorities: gp.priorities,
      rng: () => 0.5,
    });
    expect(out.rule).toBe('consensus');
    expect(out.allocation[0]).toBeCloseTo(60, 6);
    // Alone, the council takes everything: GP's presence moved 60 of the 100 it could have had.
    expect(out.counterfactual[1]).toBeCloseTo(100, 6);
    expect(out.gpInfluence).toBeCloseTo(0.6, 6);
    expect(out.gpLuck).toBeCloseTo(0, 9);
  });

  it('Baron-Ferejohn divide-the-dollar (n = 5, discount 1): GP proposing takes 0.6; absent it gets nothing', () => {
    const gp = member('gp', 'gp', 0);
    const others = [1, 2, 3, 4].map((l) => member(`m${l}`, 'trust', l));
    const out = decideAllocation(scenarioWith(4), {
      members: [gp, ...others],
      rules: ['majority'],
      quota: 0.5,
      discount: 1,
      executive: 1,
      envelope: 1,
      last: [0.2, 0.2, 0.2, 0.2, 0.2, 0, 0],
      statusQuo: [0.2, 0.2, 0.2, 0.2, 0.2, 0, 0],
      gpPriorities: gp.priorities,
      // The draw lands on the first member (GP) when it is present.
      rng: () => 0.01,
    });
    expect(out.rule).toBe('majority');
    expect(out.proposer).toBe('gp');
    expect(out.allocation[0]).toBeCloseTo(0.6, 6);
    // With GP absent, four members divide the dollar (proposer 1/2, two partners 1/4 each) and GP has 0.
    expect(out.counterfactual[0]).toBeCloseTo(0, 9);
    expect(Math.max(...out.counterfactual)).toBeCloseTo(0.5, 6);
    expect(out.gpInfluence).toBeCloseTo(0.6, 6);
  });
});
