/**
 * setCostProfiles (src/engine/mechanisms/setCostProfiles.ts, first planning
 * round): which lines and places each organisation serves, weighted by the
 * first year's budgets, and the first prescribing budgets at the prices of
 * the year before the run. By hand on the tiny scenario, and every line an
 * organisation serves is one its kind is paid for (KIND_DESCRIPTORS).
 */
import { describe, expect, it } from 'vitest';
import { LINES } from '../../../src/engine/lines.ts';
import { KIND_DESCRIPTORS } from '../../../src/engine/orgKinds.ts';
import { planInputs, planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

describe('setCostProfiles', () => {
  const st = smallState({ 'allocation.rule': 'rollForward' });
  runMonthUntil(st, 'stepFlows');
  const { budgets } = planInputs(st, 0);
  // The planning round has set the profiles once; clear them and set them again from these budgets.
  for (const prof of st.profiles) {
    prof.served = [];
    prof.weightSum = 0;
  }
  st.prescribingBase.fill(0);
  planParts.setCostProfiles(st, budgets);

  it('has the acute trust serve both places’ acute line, weighted by their acute budgets (by hand)', () => {
    const acute = st.profiles[org(st, 'acute')]!;
    expect(acute.served).toEqual([0, 1].map((p) => ({ place: p, line: LI.acute, weight: budgets[p]![LI.acute]! })));
    expect(acute.weightSum).toBe(budgets[0]![LI.acute]! + budgets[1]![LI.acute]!);
  });

  it('weights the council’s social care by the NHS budget plus its own funding, shared by population (by hand)', () => {
    const county = org(st, 'county');
    const served = st.profiles[county]!.served;
    expect(served.map((s) => [s.place, LINES[s.line]])).toEqual([
      [0, 'socialCare'],
      [0, 'prevention'],
      [1, 'socialCare'],
      [1, 'prevention'],
    ]);
    expect(served[0]!.weight).toBeCloseTo(budgets[0]![LI.socialCare]! + (st.councilFunding[county]! * 60_000) / 100_000, 4);
    expect(served[3]!.weight).toBe(budgets[1]![LI.prevention]);
  });

  it('gives each practice its primary care at weight 1, commissioners nothing', () => {
    for (const id of ['gp-n1', 'gp-n2', 'gp-s1', 'gp-s2']) expect(st.profiles[org(st, id)]!.served.map((s) => [LINES[s.line], s.weight])).toEqual([['primaryCare', 1]]);
    for (const id of ['icb', 'north', 'south']) expect(st.profiles[org(st, id)]!.served).toEqual([]);
  });

  it('serves only lines of the organisation’s kind', () => {
    for (const o of st.world.orgs) for (const s of st.profiles[o.index]!.served) expect(KIND_DESCRIPTORS[o.kind].lines, `${o.id} ${LINES[s.line]}`).toContain(LINES[s.line]);
  });

  it('sets the first prescribing budgets at the prices of the year before the run', () => {
    expect([...st.prescribingBase]).toEqual([0, 1].map((p) => st.prescribing[p]! / st.price));
  });
});
