/**
 * Year-end financial rules before the accounts close (docs/ODD.md §7.14): loan
 * repayments; NHS England's one-off support to trusts in deficit; then the
 * system's own rule (linked pooling or the ICB's backstop).
 */
import { fyLabel } from '../calendar.ts';
import { payDeficitSupport } from '../deficitSupport.ts';
import { backstop, poolResults } from '../financeRules.ts';
import { repayLoans } from '../loans.ts';
import type { RunState } from '../runState.ts';

/** Applies the year-end rules of financial year `year`. */
export function yearEndFinance(st: RunState, year: number): void {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  const auth = (system: number) => {
    const icb = w.orgs[w.systems[system]!.icb]!;
    return L.authorise(`${s.finance.rule} finances, year end ${fyLabel(s.startYear + year)}`, icb.id, icb.officer);
  };
  repayLoans(s, L, st.loanBook, year, (body, officer, what) => L.authorise(what, body, officer), (org) => st.intervened[org] === 1);
  // NHS England's one-off support comes before the system's own year-end rules.
  let supportAuth = -1;
  payDeficitSupport(s, w, L, year, () => (supportAuth >= 0 ? supportAuth : (supportAuth = L.authorise(`non-recurrent support ${fyLabel(s.startYear + year)}`, 'nhsEngland', 'NHS England chief executive'))));
  if (s.finance.rule === 'linked') poolResults(w, L, auth);
  if (s.finance.rule === 'icbBackstop') backstop(s, w, L, auth, st.recoveries);
}
