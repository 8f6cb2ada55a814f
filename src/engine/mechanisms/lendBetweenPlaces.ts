/**
 * Loans between places (docs/ODD.md §7.14, §7.14a; seed 000): in the forecast
 * month, places forecasting a deficit borrow from those in surplus
 * (loans.ts), and each loan made without a needed approval may be found.
 * A proven breach can remove the lender's accountable officer (its
 * leadership is reset towards the ICB's priorities), suspend the lender's
 * delegated budget, and cost a penalty paid to the ICB. Breaches are found
 * (or not) on a stream of the lender's own, so that consequences shift no other draw
 * and the order places are listed in changes none.
 */
import { arrangeLoans } from '../loans.ts';
import { openStream, uniform } from '../rng.ts';
import type { RunState } from '../runState.ts';

/** Arranges this month's loans (in the forecast month) and investigates breaches. */
export function lendBetweenPlaces(st: RunState, month: number): void {
  const s = st.scenario;
  const L = st.ledger;
  if (month % 12 !== s.finance.loans.forecastMonth) return;
  const before = st.loanBook.loans.length;
  arrangeLoans(s, st.world, L, st.loanBook, month, st.events, (body, officer, what) => L.authorise(what, body, officer));
  investigateBreaches(st, before, Math.floor(month / 12));
}

function investigateBreaches(st: RunState, from: number, year: number): void {
  const s = st.scenario;
  const w = st.world;
  const b = s.finance.breach;
  for (const loan of st.loanBook.loans.slice(from)) {
    if (!loan.breach) continue;
    const rng = (st.streams.accountability[loan.lender] ??= openStream(st.seed, 'accountability', loan.lender));
    const investigated = uniform(rng) < b.detection;
    const lender = w.orgs[loan.lenderIndex]!;
    const c = { loan: loan.id, lender: loan.lender, lenderIndex: loan.lenderIndex, month: loan.month, investigated, officerRemoved: false, delegationSuspended: 0, penalty: 0 };
    if (investigated) {
      if (b.removeOfficer) {
        lender.leadershipReset = Math.min(1, lender.leadershipReset + s.finance.intervention.priorityReset * (1 - lender.leadershipReset));
        c.officerRemoved = true;
      }
      if (b.suspendDelegationYears > 0 && lender.place >= 0) {
        st.suspendedUntil[lender.place] = Math.max(st.suspendedUntil[lender.place]!, year + b.suspendDelegationYears);
        c.delegationSuspended = b.suspendDelegationYears;
      }
      if (b.penalty > 0) {
        const icb = w.systems[lender.system]!.icb;
        const amount = Math.round(b.penalty * loan.principal);
        const a = st.ledger.authorise(`penalty for loan #${loan.id} made without approval`, w.orgs[icb]!.id, w.orgs[icb]!.officer);
        st.ledger.transfer(loan.lenderIndex, icb, amount, 'breachPenalty', a);
        c.penalty = amount;
      }
    }
    st.loanBook.cases.push(c);
  }
}
