/**
 * payMonth (src/engine/mechanisms/payMonth.ts): the month's regular payments
 * on the tiny scenario, transfer by transfer, and by hand: each instalment
 * is the annual sum's twelfth rounded down, March taking the remainder, so a
 * year's instalments sum exactly to the annual sum.
 */
import { describe, expect, it } from 'vitest';
import { KIND_DESCRIPTORS } from '../../../src/engine/orgKinds.ts';
import { advanceTo, callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { lines, org, smallState, transfersSince } from '../../helpers/smallState.ts';

function payAt(month: number) {
  const st = smallState();
  advanceTo(st, month);
  runMonthUntil(st, 'payMonth');
  const n = st.ledger.size;
  callMechanism('payMonth', st, month);
  return { st, moved: transfersSince(st, n) };
}

describe('payMonth', () => {
  it('pays April of the first year, transfer by transfer (recorded)', () => {
    const { moved } = payAt(0);
    expect(lines(moved)).toMatchInlineSnapshot(`
      [
        "external:nhsEngland -> sys:icb allocation 1582921166",
        "external:localGovernment -> sys:county councilFunding 257500000",
        "sys:icb -> sys:acute contract 566941430",
        "sys:icb -> sys:community contract 144193873",
        "sys:icb -> sys:mh contract 157817045",
        "sys:icb -> sys:county section75 165375688",
        "sys:icb -> sys:gp-n1 capitation 58305531",
        "sys:icb -> sys:gp-n2 capitation 41646808",
        "sys:icb -> sys:gp-s1 capitation 43979029",
        "sys:icb -> sys:gp-s2 capitation 29319352",
        "sys:icb -> sys:acute activity 136497015",
        "sys:icb -> sys:acute activity 99661846",
        "external:nhsEngland -> sys:acute otherIncome 726805380",
        "external:nhsEngland -> sys:community otherIncome 43228238",
        "external:nhsEngland -> sys:mh otherIncome 47250196",
        "sys:icb -> external:suppliers prescribing 72489481",
        "sys:icb -> external:suppliers prescribing 54333823",
        "sys:acute -> external:suppliers staffAndGoods 1529342465",
        "sys:community -> external:suppliers staffAndGoods 187789011",
        "sys:mh -> external:suppliers staffAndGoods 206027416",
        "sys:county -> external:suppliers carePackages 419275087",
        "sys:gp-n1 -> external:suppliers staffAndGoods 56230774",
        "sys:gp-n2 -> external:suppliers staffAndGoods 41212935",
        "sys:gp-s1 -> external:suppliers staffAndGoods 43190985",
        "sys:gp-s2 -> external:suppliers staffAndGoods 28894417",
      ]
    `);
  });

  it('pays the allocation, council funding and contracts as the annual sum / 12 rounded down (by hand)', () => {
    const { st, moved } = payAt(0);
    const allocation = moved.filter((t) => t.reason === 'allocation');
    expect(allocation).toHaveLength(1);
    expect(allocation[0]!.pence).toBe(Math.floor(st.envelopes[0]! / 12));
    const council = moved.find((t) => t.reason === 'councilFunding')!;
    expect(council.pence).toBe(Math.floor(st.councilFunding[org(st, 'county')]! / 12));
    for (const c of st.contracts) {
      const to = st.world.orgs[c.provider]!;
      const paid = moved.find((t) => t.to === to.id && t.reason === KIND_DESCRIPTORS[to.kind].paidAs)!;
      expect(paid.pence, to.id).toBe(Math.floor(c.annual / 12));
    }
  });

  it('charges each provider’s operating cost under its kind’s spending reason, and none to commissioners', () => {
    const { st, moved } = payAt(0);
    const spend = moved.filter((t) => t.to === 'external:suppliers' && t.reason !== 'prescribing');
    const payers = spend.map((t) => st.world.orgs.find((o) => o.id === t.from)!);
    expect(payers.map((o) => o.kind)).toEqual(st.world.orgs.filter((o) => !KIND_DESCRIPTORS[o.kind].commissioner).map((o) => o.kind));
    spend.forEach((t, i) => expect(t.reason).toBe(KIND_DESCRIPTORS[payers[i]!.kind].spendsAs));
  });

  it('puts the remainder in March: a year’s allocation instalments sum to the envelope exactly', () => {
    const st = smallState();
    advanceTo(st, 12);
    const instalments = transfersSince(st, 0).filter((t) => t.reason === 'allocation');
    expect(instalments).toHaveLength(12);
    const env = st.envelopes[0]!;
    expect(instalments.slice(0, 11).every((t) => t.pence === Math.floor(env / 12))).toBe(true);
    expect(instalments[11]!.pence).toBe(env - 11 * Math.floor(env / 12));
    expect(instalments.reduce((a, t) => a + t.pence, 0)).toBe(env);
  });
});
