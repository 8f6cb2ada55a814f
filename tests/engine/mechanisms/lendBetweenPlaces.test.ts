/**
 * lendBetweenPlaces (src/engine/mechanisms/lendBetweenPlaces.ts): in the
 * forecast month a place forecasting a deficit borrows from one forecasting
 * a surplus, never more than the lender's surplus above the tolerance band
 * (by hand); a loan without a needed approval, once found, costs the lender
 * a penalty paid to the ICB and suspends its delegation. The year's results
 * are set on the ledger's counters, so the forecasts are exact.
 */
import { describe, expect, it } from 'vitest';
import { callMechanism, runMonthUntil, advanceTo } from '../../helpers/mechanismCall.ts';
import { lines, org, smallState, transfersSince } from '../../helpers/smallState.ts';

const DELEGATED = { 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 };
const FORECAST = 9; // January: the default forecast month of the year (0 = April)

/** The state in the forecast month, with this year's income and spending of north and south set (pence). */
function forecastState(over: Record<string, unknown>, north: [number, number], south: [number, number]) {
  const st = smallState({ ...DELEGATED, ...over });
  advanceTo(st, FORECAST);
  runMonthUntil(st, 'lendBetweenPlaces');
  const L = st.ledger;
  const n = org(st, 'north');
  const s = org(st, 'south');
  [L.yearIn[n], L.yearOut[n]] = north;
  [L.yearIn[s], L.yearOut[s]] = south;
  return st;
}

describe('lendBetweenPlaces', () => {
  it('does nothing outside the forecast month', () => {
    const st = smallState(DELEGATED);
    runMonthUntil(st, 'lendBetweenPlaces');
    const n = st.ledger.size;
    callMechanism('lendBetweenPlaces', st, 0);
    expect(st.ledger.size).toBe(n);
    expect(st.loanBook.loans).toEqual([]);
  });

  it('lends the borrower’s forecast deficit, bounded by the lender’s surplus (by hand)', () => {
    // Ten months to date: forecasts are 12/10 of these. North: -2% of income; south: +1%.
    const st = forecastState({}, [1_000_000_000, 1_020_000_000], [1_000_000_000, 990_000_000]);
    const n = st.ledger.size;
    callMechanism('lendBetweenPlaces', st, FORECAST);
    const tol = st.scenario.finance.toleranceBand;
    const surplus = Math.round(10_000_000 * 1.2 - tol * 1_000_000_000 * 1.2);
    expect(surplus).toBe(6_000_000);
    expect(lines(transfersSince(st, n))).toEqual([`sys:south -> sys:north loan ${surplus}`]);
    const loan = st.loanBook.loans[0]!;
    expect(loan).toMatchObject({ lender: 'sys:south', borrower: 'sys:north', principal: surplus, outstanding: surplus, month: FORECAST, approvedBy: 'sys:icb', breach: false, firstRepaymentYear: 1 });
    expect(st.loanBook.cases).toEqual([]);
  });

  it('lends only the deficit when the lender has more', () => {
    const st = forecastState({}, [1_000_000_000, 1_010_000_000], [1_000_000_000, 950_000_000]);
    callMechanism('lendBetweenPlaces', st, FORECAST);
    expect(st.loanBook.loans.map((l) => l.principal)).toEqual([12_000_000]);
  });

  it('lets the ICB refuse a deficit beyond its approval limit', () => {
    const st = forecastState({}, [1_000_000_000, 1_060_000_000], [1_000_000_000, 900_000_000]);
    callMechanism('lendBetweenPlaces', st, FORECAST);
    expect(st.loanBook.loans).toEqual([]);
    expect(st.loanBook.refusals).toBe(1);
  });

  it('fines and suspends a lender found lending without approval (by hand)', () => {
    const breach = { 'finance.loans.seekApproval': false, 'finance.breach.detection': 1, 'finance.breach.penalty': 0.1, 'finance.breach.suspendDelegationYears': 2, 'finance.breach.officerRisk': 0 };
    const st = forecastState(breach, [1_000_000_000, 1_020_000_000], [1_000_000_000, 990_000_000]);
    const n = st.ledger.size;
    callMechanism('lendBetweenPlaces', st, FORECAST);
    expect(lines(transfersSince(st, n))).toEqual(['sys:south -> sys:north loan 6000000', 'sys:south -> sys:icb breachPenalty 600000']);
    expect(st.loanBook.loans[0]).toMatchObject({ breach: true, approvedBy: 'sys:south' });
    expect(st.loanBook.cases).toEqual([{ loan: 0, lender: 'sys:south', lenderIndex: org(st, 'south'), month: FORECAST, investigated: true, officerRemoved: false, delegationSuspended: 2, penalty: 600_000 }]);
    // Suspended through run year 0 + 2.
    expect([...st.suspendedUntil]).toEqual([-1, 2]);
  });
});
