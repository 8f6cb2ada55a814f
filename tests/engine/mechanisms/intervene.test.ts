/**
 * intervene (src/engine/mechanisms/intervene.ts): after the accounts close,
 * an organisation in deficit `afterDeficits` years running has its
 * leadership replaced (priorities moved `priorityReset` of the way to the
 * ICB's, by hand), a place loses its delegated budget, and practices
 * (independent contractors) are left alone, as the kind table says.
 */
import { describe, expect, it } from 'vitest';
import { KIND_DESCRIPTORS } from '../../../src/engine/orgKinds.ts';
import { callMechanism, runMonthUntil, advanceTo } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const DELEGATED = { 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 };

function afterClose(over: Record<string, unknown> = {}) {
  const st = smallState({ ...DELEGATED, ...over });
  advanceTo(st, 11);
  runMonthUntil(st, 'intervene');
  return st;
}

describe('intervene', () => {
  it('intervenes in every kind the table names once its deficits run `afterDeficits` years, and in no other', () => {
    const st = afterClose();
    for (const o of st.world.orgs) o.deficitYears = 2;
    st.world.orgs[org(st, 'community')]!.deficitYears = 1;
    callMechanism('intervene', st, 11);
    const hit = st.world.orgs.filter((o) => st.intervened[o.index] === 1).map((o) => o.id);
    expect(hit).toEqual(st.world.orgs.filter((o) => KIND_DESCRIPTORS[o.kind].intervention && o.id !== 'sys:community').map((o) => o.id));
    expect(hit).toEqual(['sys:icb', 'sys:acute', 'sys:mh', 'sys:county', 'sys:north', 'sys:south']);
    // Their count restarts; the community trust's runs on.
    expect(st.world.orgs.map((o) => o.deficitYears)).toEqual(st.world.orgs.map((o) => (o.kind === 'practice' ? 2 : o.id === 'sys:community' ? 1 : 0)));
    expect(st.interventions[0]).toEqual({ year: 2023, fy: '2023/24', org: 'sys:icb', kind: 'icb', delegationWithdrawn: false });
    // Places lose their delegated budgets; nothing else does.
    expect([...st.withdrawn]).toEqual([1, 1]);
    expect(st.interventions.filter((i) => i.delegationWithdrawn).map((i) => i.org)).toEqual(['sys:north', 'sys:south']);
  });

  it('moves leadership priorityReset of the way to the ICB’s each time (by hand)', () => {
    const st = afterClose();
    const acute = st.world.orgs[org(st, 'acute')]!;
    expect(acute.leadershipReset).toBe(0);
    acute.deficitYears = 2;
    callMechanism('intervene', st, 11);
    expect(acute.leadershipReset).toBeCloseTo(0.7, 15);
    acute.deficitYears = 2;
    callMechanism('intervene', st, 11);
    expect(acute.leadershipReset).toBeCloseTo(0.7 + 0.7 * 0.3, 15);
  });

  it('keeps a place’s delegation when the scenario says intervention does not withdraw it', () => {
    const st = afterClose({ 'finance.intervention.withdrawDelegation': false });
    st.world.orgs[org(st, 'north')]!.deficitYears = 3;
    callMechanism('intervene', st, 11);
    expect(st.intervened[org(st, 'north')]).toBe(1);
    expect([...st.withdrawn]).toEqual([0, 0]);
  });

  it('finds no one to intervene in after the first year of the tiny scenario (recorded)', () => {
    const st = afterClose();
    expect(st.world.orgs.map((o) => o.deficitYears)).toMatchInlineSnapshot(`
      [
        0,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
      ]
    `);
    callMechanism('intervene', st, 11);
    expect(st.interventions).toEqual([]);
  });
});
