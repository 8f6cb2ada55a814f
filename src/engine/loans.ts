/**
 * Loans between places (docs/ODD.md §7.14; seed 000's blue and grey). At the
 * forecast month each place with a budget projects its year end from its run
 * rate. A place forecasting a deficit asks places forecasting a surplus. A
 * lender first lends what it has not earmarked; to lend more it must put back
 * its own planned invest-to-save scheme, which it does only if the value it
 * puts on the loan (interest, its duty to the system, less the borrower's
 * risk of default judged from its forecast) beats the scheme's net value.
 * Where the ICB keeps control of transfers between places, a loan needs its
 * approval; one made without it is an accountability breach (the Treasury's
 * missing "line of sight"). Loans are repaid in equal instalments at year
 * ends with interest; a borrower too far in deficit at a repayment date
 * defaults and the loss stays with the lender. Loan money is revenue support:
 * it counts in both parties' results, so a loan can turn a deficit into
 * break-even at the lender's expense.
 */
import type { ResolvedEvent } from './events.ts';
import type { Ledger } from './ledger.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

/** A loan between two places. */
export interface Loan {
  id: number;
  lender: string;
  borrower: string;
  lenderIndex: number;
  borrowerIndex: number;
  month: number;
  /** Pence lent. */
  principal: number;
  /** Pence still owed. */
  outstanding: number;
  rate: number;
  termYears: number;
  /** Year ends at which instalments fall due (run year index). */
  firstRepaymentYear: number;
  approvedBy: string;
  officer: string;
  breach: boolean;
  status: 'open' | 'repaid' | 'defaulted';
  /** Investment deferred by the lender to fund it, if any. */
  deferredInvestment: string | null;
  auth: number;
}

/** A proven accountability breach and what followed (docs/ODD.md §7.14a; seed 000). */
export interface BreachCase {
  loan: number;
  lender: string;
  lenderIndex: number;
  month: number;
  /** Whether it was found and investigated. */
  investigated: boolean;
  officerRemoved: boolean;
  /** Years of delegation suspended. */
  delegationSuspended: number;
  /** Penalty paid to the ICB (pence). */
  penalty: number;
}

/** Loan outcomes for the summary. */
export interface LoanBook {
  loans: Loan[];
  breaches: number;
  refusals: number;
  /** Loans a lender would have made without approval but did not, weighing the consequences of a breach. */
  notMade: number;
  /** Their amount (pence). */
  notMadeAmount: number;
  /** Breaches and their consequences. */
  cases: BreachCase[];
}

/**
 * What an accountable officer expects a loan without approval to cost, per
 * pound lent: the chance it is found times the penalty plus the value the
 * officer puts on losing office or delegation (when those follow).
 */
export function expectedBreachCost(s: Scenario): number {
  const b = s.finance.breach;
  const personal = b.removeOfficer || b.suspendDelegationYears > 0 ? b.officerRisk : 0;
  return b.detection * (b.penalty + personal);
}

/**
 * Places that may borrow or lend: those holding a budget (income so far this
 * year). Forecasts are run rates: the result to date scaled to twelve months.
 */
export function arrangeLoans(s: Scenario, w: World, L: Ledger, book: LoanBook, month: number, events: ResolvedEvent[], auth: (body: string, officer: string, what: string) => number): void {
  const cfg = s.finance.loans;
  if (!cfg.enabled) return;
  const mo = month % 12;
  const year = Math.floor(month / 12);
  const scale = 12 / (mo + 1);
  const tol = s.finance.toleranceBand;
  for (const sys of w.systems) {
    const icb = w.orgs[sys.icb]!;
    const forecasts = sys.places
      .map((p) => {
        const org = w.places[p]!.org;
        const income = L.yearIn[org]! * scale;
        return { place: p, org, income, result: (L.yearIn[org]! - L.yearOut[org]!) * scale };
      })
      .filter((f) => f.income > 0);
    // Ties are broken by place id, not by the order places are listed in (issue 25).
    const byId = (a: { place: number }, b: { place: number }) => (w.places[a.place]!.id < w.places[b.place]!.id ? -1 : w.places[a.place]!.id > w.places[b.place]!.id ? 1 : 0);
    const borrowers = forecasts.filter((f) => f.result < -tol * f.income).sort((a, b) => a.result - b.result || byId(a, b));
    const lenders = forecasts.filter((f) => f.result > tol * f.income).sort((a, b) => b.result - a.result || byId(a, b));
    for (const b of borrowers) {
      let need = Math.round(-b.result);
      const risk = Math.min(1, -b.result / b.income / cfg.defaultScale);
      for (const l of lenders) {
        if (need <= 0) break;
        const lenderOrg = w.orgs[l.org]!;
        const borrowerOrg = w.orgs[b.org]!;
        // The lender's planned scheme in the coming year, if any.
        const scheme = events.find((e) => e.type === 'investment' && e.places.includes(l.place) && e.start >= month && e.start < month + 12 && e.deferred === 0);
        const earmarked = scheme ? scheme.cost : 0;
        const surplus = Math.max(0, Math.round(l.result - tol * l.income));
        const free = Math.max(0, surplus - earmarked);
        let amount = Math.min(need, free);
        let deferred: ResolvedEvent | undefined;
        if (amount < need && scheme && surplus > free) {
          const extra = Math.min(need, surplus) - amount;
          const loanValue = extra * (cfg.interestRate * cfg.termYears + cfg.solidarity - risk);
          const schemeValue = scheme.cost * cfg.investmentReturn;
          if (loanValue > schemeValue) {
            amount += extra;
            deferred = scheme;
          }
        }
        if (amount <= 0) continue;
        let approvedBy = lenderOrg.id;
        let breach = false;
        if (cfg.needApproval) {
          if (cfg.seekApproval) {
            if (-b.result / b.income > cfg.approvalLimit) {
              book.refusals++;
              continue;
            }
            approvedBy = icb.id;
          } else breach = true;
        }
        // An officer lending without approval weighs what a breach would cost against what the loan is worth.
        if (breach && cfg.interestRate * cfg.termYears + cfg.solidarity - risk <= expectedBreachCost(s)) {
          book.notMade++;
          book.notMadeAmount += amount;
          continue;
        }
        if (deferred) {
          deferred.deferred = 12;
          deferred.start += 12;
          deferred.end += 12;
        }
        const a = auth(approvedBy, lenderOrg.officer, `loan ${lenderOrg.id} -> ${borrowerOrg.id}${breach ? ' (no ICB approval)' : ''}`);
        L.transfer(l.org, b.org, amount, 'loan', a);
        book.loans.push({
          id: book.loans.length,
          lender: lenderOrg.id,
          borrower: borrowerOrg.id,
          lenderIndex: l.org,
          borrowerIndex: b.org,
          month,
          principal: amount,
          outstanding: amount,
          rate: cfg.interestRate,
          termYears: cfg.termYears,
          firstRepaymentYear: year + 1,
          approvedBy,
          officer: lenderOrg.officer,
          breach,
          status: 'open',
          deferredInvestment: deferred ? deferred.name : null,
          auth: a,
        });
        if (breach) book.breaches++;
        l.result -= amount;
        need -= amount;
      }
    }
  }
}

/** Year-end repayments (and defaults) of open loans. */
export function repayLoans(s: Scenario, L: Ledger, book: LoanBook, year: number, auth: (body: string, officer: string, what: string) => number, intervened: (org: number) => boolean): void {
  const cfg = s.finance.loans;
  for (const loan of book.loans) {
    if (loan.status !== 'open' || year < loan.firstRepaymentYear) continue;
    const income = L.yearIn[loan.borrowerIndex]!;
    const balance = L.balances[loan.borrowerIndex]!;
    if (intervened(loan.borrowerIndex) || balance < -cfg.defaultThreshold * Math.max(income, 1)) {
      loan.status = 'defaulted';
      continue;
    }
    const yearsLeft = Math.max(1, loan.firstRepaymentYear + loan.termYears - year);
    const instalment = Math.round(loan.outstanding / yearsLeft);
    const interest = Math.round(loan.outstanding * loan.rate);
    const a = auth(loan.borrower, `borrower's accountable officer`, `repayment of loan #${loan.id}`);
    L.transfer(loan.borrowerIndex, loan.lenderIndex, instalment, 'loanRepayment', a);
    L.transfer(loan.borrowerIndex, loan.lenderIndex, interest, 'loanInterest', a);
    loan.outstanding -= instalment;
    if (loan.outstanding <= 0) loan.status = 'repaid';
  }
}
