/**
 * The decision log: every allocation decision of a run, filtered by kind of
 * board, year and board and shown a page at a time (an England run has
 * thousands); each row opens to the decision line by line beside what the
 * board would have adopted with general practice's seats empty, which is
 * what GP influence measures (docs/ODD.md §7.13). Above it, the ICB boards' yearly
 * decisions on the delegated share when devolution is contested.
 */
import type { DecisionLogFilter } from './decisionLogFilter.ts';
import { clear, groupDigits, h } from './dom.ts';
import {
  cellText,
  decisionFacets,
  decisionLines,
  decisionTotals,
  decisionRuleText,
  filterDecisions,
  pageOf,
  ruleName,
  SCOPE_LABELS,
  type BoardScope,
  type Decision,
  type DevolutionRow,
} from './resultFields.ts';

/** Decisions shown per page. */
export const LOG_PAGE = 50;

const share = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
/** £m to two decimals, with thousands separated (an England ICB decides thousands of millions). */
const money = (v: number) => {
  const [int = '0', frac = '00'] = Math.abs(v).toFixed(2).split('.');
  return `${v < 0 && Math.abs(v) >= 0.005 ? '-' : ''}${groupDigits(Number(int))}.${frac}`;
};

/** A decision log built for one result: `show` puts a filter's rows, count and page in it. */
export interface DecisionLogView {
  show(filter: Readonly<DecisionLogFilter>): void;
}

/**
 * Builds the decision log of one result into `host`, with filters by kind of
 * board, year and board, and pages of {@link LOG_PAGE} rows; `monthLabel`
 * names a month of the run (e.g. `2024-04`). The filters and pager ask for a
 * new filter through `onFilter` (the page's state holds it); `show` renders one.
 * A row's detail opens and closes in place (a disclosure, like `<details>`).
 */
export function decisionLog(
  host: HTMLElement,
  log: readonly Decision[],
  monthLabel: (m: number) => string,
  devolution: readonly DevolutionRow[],
  nameOf: (board: string) => string,
  onFilter: (next: DecisionLogFilter) => void,
): DecisionLogView {
  clear(host);
  const facets = decisionFacets(log);
  const scopeSelect = h(
    'select',
    { id: 'decision-scope' },
    h('option', { value: '' }, `All kinds of board (${log.length})`),
    ...facets.scopes.map((s) => h('option', { value: s.scope }, `${SCOPE_LABELS[s.scope]} (${s.count})`)),
  );
  const yearSelect = h('select', { id: 'decision-year' }, h('option', { value: '' }, 'All years'), ...facets.years.map((y) => h('option', { value: String(y.year) }, `${y.fy} (${y.count})`)));
  const boardSelect = h('select', { id: 'decision-board' });
  const boardsOf = (scope: BoardScope | '') => facets.boards.filter((b) => !scope || b.scope === scope);
  let boardsFor: BoardScope | '' | null = null;

  const count = h('p', { class: 'note', 'aria-live': 'polite', id: 'decision-count' });
  const body = h('tbody');
  const prev = h('button', { type: 'button', id: 'decision-prev', class: 'small' }, 'Previous page');
  const next = h('button', { type: 'button', id: 'decision-next', class: 'small' }, 'Next page');
  const pageText = h('span', { id: 'decision-page' });
  const headings = ['', 'Year', 'Month', 'Board', 'Money decided (£m)', 'Rule', 'GP influence', 'GP success', 'GP luck'];
  /** The filter shown (the pager and filters ask for the next one from it). */
  let shown: DecisionLogFilter = { scope: '', year: null, board: '', page: 0 };
  let shownPage = 0;

  const chosen = (): DecisionLogFilter => ({
    scope: scopeSelect.value as BoardScope | '',
    year: yearSelect.value ? Number(yearSelect.value) : null,
    board: boardSelect.value,
    page: 0,
  });
  scopeSelect.addEventListener('change', () => {
    const f = chosen();
    // A board is kept while the kind chosen still has it.
    onFilter({ ...f, board: boardsOf(f.scope).some((b) => b.board === shown.board) ? shown.board : '' });
  });
  yearSelect.addEventListener('change', () => onFilter(chosen()));
  boardSelect.addEventListener('change', () => onFilter(chosen()));
  prev.addEventListener('click', () => onFilter({ ...shown, page: shownPage - 1 }));
  next.addEventListener('click', () => onFilter({ ...shown, page: shownPage + 1 }));

  host.append(
    devolution.length ? h('h4', {}, 'The delegated share, decided each year') : '',
    devolution.length ? devolutionTable(devolution) : '',
    h('h4', {}, 'Allocation decisions'),
    h(
      'p',
      { class: 'note' },
      'GP influence: how far general practice\u2019s presence moved the decision from what the board would have adopted with its seats empty towards what its practices want (0 = no difference, 1 = all the way, below 0 = away). GP success: how good the decision was for practices (0 = their worst, 1 = their ideal); GP luck: the success they would have had with their seats empty. Open a row to see it line by line.',
    ),
    h(
      'div',
      { class: 'decision-filters' },
      h('label', { for: 'decision-scope' }, 'Kind of board '),
      scopeSelect,
      ' ',
      h('label', { for: 'decision-year' }, 'Year '),
      yearSelect,
      ' ',
      h('label', { for: 'decision-board' }, 'Board '),
      boardSelect,
    ),
    count,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { id: 'decision-table' },
        h('caption', {}, 'Decision log of the last run'),
        h('thead', {}, h('tr', {}, ...headings.map((c, i) => h('th', { scope: 'col' }, i === 0 ? h('span', { class: 'visually-hidden' }, 'Details') : c)))),
        body,
      ),
    ),
    h('div', { class: 'pager' }, prev, pageText, next),
  );

  return {
    show(filter) {
      shown = { ...filter };
      scopeSelect.value = filter.scope;
      yearSelect.value = filter.year === null ? '' : String(filter.year);
      if (boardsFor !== filter.scope) {
        boardsFor = filter.scope;
        const boards = boardsOf(filter.scope);
        boardSelect.replaceChildren(h('option', { value: '' }, `All boards (${boards.length})`), ...boards.map((b) => h('option', { value: b.board }, `${nameOf(b.board)} (${b.count})`)));
      }
      boardSelect.value = boardsOf(filter.scope).some((b) => b.board === filter.board) ? filter.board : '';
      const matching = filterDecisions(log, { scope: filter.scope, year: filter.year, board: boardSelect.value });
      const p = pageOf(matching, filter.page, LOG_PAGE);
      shownPage = p.page;
      count.textContent = matching.length ? `${matching.length} decision${matching.length === 1 ? '' : 's'} match; showing ${p.first} to ${p.last}.` : 'No decision matches.';
      pageText.textContent = ` Page ${p.page + 1} of ${p.pages} `;
      prev.disabled = p.page === 0;
      next.disabled = p.page >= p.pages - 1;
      body.replaceChildren(...p.rows.flatMap((d, i) => decisionRow(d, p.first + i, headings.length, monthLabel, nameOf)));
    },
  };
}

/** A decision's row, and its detail row (hidden until the row's button opens it); `boardLabel` names a board readably. */
function decisionRow(d: Decision, n: number, columns: number, monthLabel: (m: number) => string, boardLabel: (board: string) => string): HTMLTableRowElement[] {
  const id = `decision-detail-${n}`;
  const detail = h('tr', { class: 'decision-detail', id, hidden: true }, h('td', { colspan: columns }));
  let built = false;
  const button = h('button', { type: 'button', class: 'small decision-open', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': `Show decision ${n} line by line` }, '+');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open && !built) {
      built = true;
      detail.firstElementChild!.append(...decisionDetail(d, boardLabel));
    }
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '\u2212' : '+';
    detail.hidden = !open;
  });
  const row = h(
    'tr',
    { 'data-scope': d.scope },
    h('td', {}, button),
    h('td', {}, d.fy),
    h('td', {}, monthLabel(d.month)),
    h('th', { scope: 'row' }, boardLabel(d.board)),
    h('td', {}, money(d.envelope / 1e6)),
    h('td', {}, decisionRuleText(d)),
    h('td', { class: d.gpInfluence < 0 ? 'has-deficit' : '' }, share(d.gpInfluence)),
    h('td', {}, share(d.gpSuccess)),
    h('td', {}, share(d.gpLuck)),
  );
  return [row, detail];
}

/** The contents of a decision's detail row: the allocation line by line, then who sat and how they voted. */
function decisionDetail(d: Decision, boardLabel: (board: string) => string): Node[] {
  const lines = decisionLines(d);
  const total = decisionTotals(d);
  const hasNeed = lines.some((l) => l.need !== null);
  const cols = ['Service line', 'Adopted', 'With GP seats empty', 'Difference GP made', 'GP ideal', ...(hasNeed ? ['Need'] : []), 'Last year rolled forward'];
  const cell = (v: number, cls = '') => h('td', { class: cls }, money(v));
  return [
    h(
      'table',
      { class: 'decision-lines' },
      h(
        'caption',
        {},
        `${boardLabel(d.board)}, ${d.fy}: allocation by service line (£m). With general practice\u2019s seats empty the board would have decided by ${ruleName(d.counterfactualRule)}.`,
      ),
      h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...lines.map((l) =>
          h(
            'tr',
            { 'data-line': l.line },
            h('th', { scope: 'row' }, l.label),
            cell(l.adopted),
            cell(l.withoutGp),
            cell(l.gpEffect, l.gpEffect !== 0 ? 'changed' : ''),
            cell(l.gpIdeal),
            ...(hasNeed ? [h('td', {}, l.need === null ? '' : money(l.need))] : []),
            cell(l.statusQuo),
          ),
        ),
        h(
          'tr',
          { class: 'total-row' },
          h('th', { scope: 'row' }, 'Total'),
          cell(total.adopted),
          cell(total.withoutGp),
          cell(total.gpEffect),
          cell(total.gpIdeal),
          ...(hasNeed ? [h('td', {}, total.need === null ? '' : money(total.need))] : []),
          cell(total.statusQuo),
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      `GP influence ${share(d.gpInfluence)}, success ${share(d.gpSuccess)}, luck ${share(d.gpLuck)}. `,
      `Members: ${decisionCell('members', d.members)}. `,
      d.votes.length ? `Votes: ${decisionCell('votes', d.votes)}. ` : '',
      `${d.proposals.length} proposal${d.proposals.length === 1 ? '' : 's'}${d.proposer ? `, adopted from ${d.proposer}` : ''}. `,
      d.converged ? '' : 'The bargaining method did not meet its tolerance. ',
      d.residual !== null ? `Distance from equilibrium ${cellText(d.residual)}.` : '',
    ),
  ];
}

/** The ICB boards' yearly decisions on the delegated share (contested devolution, docs/ODD.md §7.14a). */
export function devolutionTable(rows: readonly DevolutionRow[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { id: 'devolution-table' },
      h(
        'caption',
        {},
        'Share of the budget delegated to places, decided each year by the ICB board: present members bargain (councils and a united general practice for more, trusts and the ICB executive for less), each side weighted by the recognition of its members present; the same decision is replayed with general practice\u2019s seats empty.',
      ),
      h('thead', {}, h('tr', {}, ...['Year', 'System', 'Share before', 'Share decided', 'With GP seats empty', 'Difference GP made', 'Weight for', 'Weight against'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.fy),
            h('td', {}, r.system),
            h('td', {}, pct(r.before)),
            h('td', {}, pct(r.after)),
            h('td', {}, pct(r.withoutGp)),
            h('td', {}, `${((r.after - r.withoutGp) * 100).toFixed(1)} points`),
            h('td', {}, r.weightFor.toFixed(2)),
            h('td', {}, r.weightAgainst.toFixed(2)),
          ),
        ),
      ),
    ),
  );
}

/** Text for a decision-log cell, with summaries for members and votes. */
export function decisionCell(key: string, v: unknown): string {
  if (key === 'members' && Array.isArray(v) && v.every((m) => typeof m === 'object' && m !== null)) {
    const ms = v as Array<Record<string, unknown>>;
    const present = ms.filter((m) => m.present !== false);
    return `${present.length} of ${ms.length} present: ${present.map((m) => String(m.id ?? m.name ?? '?')).join(', ')}`;
  }
  if (key === 'votes' && Array.isArray(v) && v.every((m) => typeof m === 'object' && m !== null && 'vote' in m)) {
    const counts = new Map<string, number>();
    for (const m of v as Array<{ vote: unknown }>) counts.set(String(m.vote), (counts.get(String(m.vote)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  }
  return cellText(v);
}
