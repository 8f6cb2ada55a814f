/**
 * Accountability and the GP executive (docs/ODD.md §7.14a; seeds 000 and 004):
 * a timeline of the loans made without a needed ICB approval and what
 * followed each (investigation, removal of the accountable officer,
 * suspension of delegation, penalty), the run's totals with the loans not
 * made for fear of a breach, and who paid for general practice's executive.
 */
import { fmtNumber, h, scrollRegion } from './dom.ts';
import { accountabilityRows, breachTimeline, executiveRows, type BreachEvent } from './resultFields.ts';
import type { RunResult } from '../engine/index.ts';

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** The accountability section of a run's results. */
export function accountabilitySection(r: RunResult, monthLabel: (m: number) => string): HTMLElement {
  const t = breachTimeline(r);
  const n = t.events.length;
  const headings = ['When', 'Loan', 'Lender', 'Borrower', 'Signed by', 'Amount (£)', 'Loan status', 'Investigated', 'Officer removed', 'Delegation suspended', 'Penalty (£)'];
  const row = (e: BreachEvent) =>
    h(
      'tr',
      { 'data-month': e.month },
      h('th', { scope: 'row' }, `${monthLabel(e.month)} (${e.fy})`),
      h('td', {}, `#${e.loan}`),
      h('td', {}, e.lender),
      h('td', {}, e.borrower),
      h('td', {}, e.officer),
      h('td', {}, fmtNumber(e.principal)),
      h('td', {}, e.status),
      h('td', {}, yesNo(e.investigated)),
      h('td', {}, yesNo(e.officerRemoved)),
      h('td', {}, yesNo(e.delegationSuspended)),
      h('td', {}, fmtNumber(e.penalty)),
    );
  const notMade = t.notMade.count
    ? `${t.notMade.count} loan${t.notMade.count === 1 ? ' was' : 's were'} not made (£${fmtNumber(t.notMade.amount)}) because the accountable officer weighed what a breach would cost.`
    : 'No loan was held back for fear of a breach.';
  return h(
    'section',
    { id: 'accountability', 'aria-labelledby': 'accountability-heading' },
    h('h3', { id: 'accountability-heading' }, 'Accountability: breaches and what followed'),
    n
      ? h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { id: 'breach-timeline' },
            h('caption', {}, `Timeline of the ${n} loan${n === 1 ? '' : 's'} made without the ICB approval ${n === 1 ? 'it' : 'they'} needed, and what followed`),
            h('thead', {}, h('tr', {}, ...headings.map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, ...t.events.map(row)),
          ),
        )
      : h('p', { id: 'breach-none' }, 'No loan was made without a needed ICB approval in this run.'),
    h(
      'p',
      { class: 'note', id: 'breach-note' },
      notMade,
      n
        ? ' A breach is found (or not) in the month of the loan; an officer\u2019s removal and a penalty, where the scenario has them, follow at once, and a suspended delegation takes effect at the next April budget.'
        : '',
    ),
    scrollRegion(table('Breaches over the run: totals', accountabilityRows(r), 'accountability-table')),
    scrollRegion(table('Who paid for general practice\u2019s executive: totals over the run, then year by year', executiveRows(r), 'executive-table')),
  );
}

/** A two-column table of labelled values. */
function table(caption: string, rows: ReadonlyArray<{ what: string; value: unknown }>, id: string): HTMLTableElement {
  return h(
    'table',
    { id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Value'))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.what), h('td', {}, typeof r.value === 'number' ? fmtNumber(r.value) : String(r.value))))),
  );
}
