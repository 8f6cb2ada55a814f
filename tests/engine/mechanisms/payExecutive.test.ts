/**
 * payExecutive (src/engine/mechanisms/payExecutive.ts) with
 * planExecutiveFunding (its planning-round part): general practice's
 * executive costs its hours and management at this year's prices; the ICB
 * pays it monthly (systemFunded) or the practices do by list (practiceLevy),
 * the rounding remainder on the last practice; existing roles cost no money.
 */
import { describe, expect, it } from 'vitest';
import { monthlyInstalment } from '../../../src/engine/contracts.ts';
import { callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { lines, smallRaw, smallState, transfersSince } from '../../helpers/smallState.ts';

const practices = () => (smallRaw() as { systems: Array<{ practices: unknown[] }> }).systems[0]!.practices;

const executive = (funding: string) => ({
  'governance.gp.mode': 'unified+executive',
  'governance.gp.executive.clinicalHours': 20,
  'governance.gp.executive.management': 0.6,
  'governance.gp.executive.funding': funding,
  'governance.gp.executive.levyCap': 0.1,
});

function payApril(over: Record<string, unknown>) {
  const st = smallState(over);
  runMonthUntil(st, 'payExecutive');
  const n = st.ledger.size;
  callMechanism('payExecutive', st, 0);
  return { st, moved: transfersSince(st, n) };
}

describe('payExecutive', () => {
  it('costs the executive’s hours and management at this year’s prices (by hand), paid by the ICB in twelfths', () => {
    const { st, moved } = payApril(executive('systemFunded'));
    const e = st.scenario.governance.gp.executive;
    // One GP leadership group per place, each with its executive.
    expect(st.voice.gplgs.map((g) => g.places)).toEqual([[0], [1]]);
    const cost = Math.round((20 * 12 * e.costPerHour + 0.6 * e.managementCost) * 100 * st.price);
    expect(st.executive.cost).toBe(cost);
    const monthly = Math.floor(cost / 12);
    expect(lines(moved)).toEqual([0, 1].map(() => `sys:icb -> external:suppliers executiveFunding ${monthly}`));
    expect(st.executive.paid).toEqual({ practices: 0, icb: 2 * monthly });
    expect(st.executive.byYear).toEqual([{ fundedShare: 1, practices: 0, icb: 2 * monthly }]);
  });

  it('levies the practices by list, the remainder on the last (recorded and by hand)', () => {
    const { st, moved } = payApril(executive('practiceLevy'));
    const monthly = monthlyInstalment(st.executive.cost, 0);
    expect(lines(moved)).toMatchInlineSnapshot(`
      [
        "sys:gp-n1 -> external:suppliers executiveLevy 579979",
        "sys:gp-n2 -> external:suppliers executiveLevy 414271",
        "sys:gp-s1 -> external:suppliers executiveLevy 596550",
        "sys:gp-s2 -> external:suppliers executiveLevy 397700",
      ]
    `);
    // Each place's group is paid by its practices: north's lists 35,000 and 25,000, south's 24,000 and 16,000.
    const parts = moved.map((t) => t.pence);
    expect(parts[0]).toBe(Math.round((monthly * 35_000) / 60_000));
    expect(parts[0]! + parts[1]!).toBe(monthly);
    expect(parts[2]).toBe(Math.round((monthly * 24_000) / 40_000));
    expect(parts[2]! + parts[3]!).toBe(monthly);
    expect(moved.every((t) => t.reason === 'executiveLevy')).toBe(true);
    expect(st.executive.paid.practices).toBe(2 * monthly);
  });


  it('puts the rounding remainder on the last practice, so a group’s parts sum to the instalment', () => {
    // North with three practices of 20,000: thirds of an instalment that 3 does not divide do not sum to it.
    const three = [{ id: 'gp-n1', pcn: 'north-pcn', list: 20_000 }, { id: 'gp-n2', pcn: 'north-pcn', list: 20_000 }, { id: 'gp-n3', pcn: 'north-pcn', list: 20_000 }, ...practices().slice(2)];
    const { st, moved } = payApril({ ...executive('practiceLevy'), 'systems[0].practices': three });
    const monthly = monthlyInstalment(st.executive.cost, 0);
    expect(monthly % 3).not.toBe(0);
    const north = moved.filter((t) => t.from.startsWith('sys:gp-n')).map((t) => t.pence);
    expect(north.slice(0, 2)).toEqual([Math.round(monthly / 3), Math.round(monthly / 3)]);
    expect(north[2]).toBe(monthly - 2 * Math.round(monthly / 3));
  });

  it('pays nothing for an executive drawn from existing roles', () => {
    const { st, moved } = payApril(executive('existingRoles'));
    expect(st.executive.cost).toBe(0);
    expect(moved).toEqual([]);
    expect(st.executive.byYear).toEqual([{ fundedShare: 1, practices: 0, icb: 0 }]);
  });
});
