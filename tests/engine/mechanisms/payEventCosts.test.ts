/**
 * payEventCosts (src/engine/mechanisms/payEventCosts.ts): an investment's
 * cost spread over its months (the remainder in the last, so the months sum
 * to the cost exactly, by hand), and transition costs paid once, by the
 * provider (reorganisation) or the ICB (closure).
 */
import { describe, expect, it } from 'vitest';
import { callMechanism, runMonthUntil, finishMonth } from '../../helpers/mechanismCall.ts';
import { lines, smallState, transfersSince } from '../../helpers/smallState.ts';

describe('payEventCosts', () => {
  it('spreads an investment over its months; the ICB pays for a place without income', () => {
    const st = smallState({ events: [{ type: 'investment', target: 'north', month: 0, durationMonths: 3, magnitude: 0.1, cost: 100_000 }] });
    const paid: number[] = [];
    for (let m = 0; m < 4; m++) {
      runMonthUntil(st, 'payEventCosts');
      const n = st.ledger.size;
      callMechanism('payEventCosts', st, m);
      const moved = transfersSince(st, n);
      if (m === 0) expect(lines(moved)).toEqual(['sys:icb -> sys:community investment 3333333']);
      paid.push(moved.reduce((a, t) => a + t.pence, 0));
      finishMonth(st, 'payExecutive');
    }
    // £100,000 = 10,000,000 pence over 3 months: 3,333,333 twice, then the remainder.
    expect(paid).toEqual([3_333_333, 3_333_333, 3_333_334, 0]);
    expect(paid.reduce((a, v) => a + v, 0)).toBe(10_000_000);
  });

  it('pays transition costs once: a reorganising provider its own, the ICB a closure’s', () => {
    const st = smallState({
      events: [
        { type: 'reorganisation', target: 'community', month: 0, durationMonths: 6, magnitude: 0.1, cost: 50_000 },
        { type: 'hospitalClosure', target: 'acute', month: 0, durationMonths: 6, magnitude: 0.1, cost: 2_000_000.5 },
      ],
    });
    runMonthUntil(st, 'payEventCosts');
    let n = st.ledger.size;
    callMechanism('payEventCosts', st, 0);
    expect(lines(transfersSince(st, n))).toEqual(['sys:community -> external:suppliers transitionCost 5000000', 'sys:icb -> external:suppliers transitionCost 200000050']);
    finishMonth(st, 'payExecutive');
    runMonthUntil(st, 'payEventCosts');
    n = st.ledger.size;
    callMechanism('payEventCosts', st, 1);
    expect(transfersSince(st, n)).toEqual([]);
  });
});
