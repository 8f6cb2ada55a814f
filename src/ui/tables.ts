/** Result tables: the headline summary, outcomes by kind and by ICS, voting power and extra tables (the decision log is decisionLogView.ts). */
import { flattenSummary } from '../sweep/flattenSummary.ts';
import type { RunResult } from '../engine/index.ts';
import { fmtNumber, h, scrollRegion } from './dom.ts';
import { blocName, cellText, metricInfo, outcomesByKind, outcomesBySystem, outcomesByYear, type PowerRow } from './resultFields.ts';

/** A table from column names and rows. */
export function table(caption: string, columns: string[], rows: Array<Array<string | number>>, attrs: Record<string, string> = {}): HTMLTableElement {
  return h(
    'table',
    attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c)) : h('td', {}, typeof c === 'number' ? fmtNumber(c) : c)))))),
  );
}

/**
 * Headline figures of a run, grouped under plain headings (outcomes, general
 * practice, money, patient flow, loans, board decisions); the per-kind
 * breakdown is the table by kind and year instead.
 */
export function summaryTable(r: RunResult): HTMLTableElement {
  const groups = new Map<string, Array<[string, number]>>();
  const noLoans = r.summary.loans.made === 0;
  const noBreaches = r.summary.accountabilityBreaches === 0;
  for (const [k, v] of Object.entries(flattenSummary(r.summary))) {
    // Breakdowns by kind and by year are the table by kind and year; by region, the table of trusts by region.
    if (k.startsWith('outcomes.byKind.') || k.startsWith('yearly.') || k.startsWith('lastYear.byRegion.')) continue;
    // A loan's details and a breach's consequences only when there were any (the counts stay).
    if (noLoans && /^loans\.(repaid|defaulted|open|principal|outstanding)$/.test(k)) continue;
    if (noBreaches && k.startsWith('breachConsequences.')) continue;
    const info = metricInfo(k);
    if (!groups.has(info.group)) groups.set(info.group, []);
    groups.get(info.group)!.push([info.label, v]);
  }
  return h(
    'table',
    { id: 'summary-table' },
    h('caption', {}, `Summary of the run (${r.meta.scenario}, seed ${r.meta.seed}, ${r.meta.years} year${r.meta.years === 1 ? '' : 's'})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Value'))),
    ...[...groups].map(([group, rows]) =>
      h(
        'tbody',
        { 'data-group': group },
        h('tr', { class: 'group-row' }, h('th', { scope: 'rowgroup', colspan: 2 }, group)),
        ...rows.map(([label, v]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, fmtNumber(v)))),
      ),
    ),
  );
}

/**
 * Year-end outcomes by kind of organisation (rows) and financial year
 * (columns): each cell reads surplus / break-even / deficit.
 */
export function byKindTable(r: RunResult): HTMLTableElement {
  const kinds = outcomesByKind(r.summary);
  const years = outcomesByYear(r.summary);
  const cell = (c: { surplus: number; breakeven: number; deficit: number } | undefined) =>
    c ? h('td', { class: c.deficit > 0 ? 'has-deficit' : '' }, `${c.surplus} / ${c.breakeven} / ${c.deficit}`) : h('td', {}, '');
  return h(
    'table',
    { id: 'by-kind-table' },
    h('caption', {}, 'Year-end outcomes by kind and year: organisations in surplus / at break-even / in deficit'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kind'), ...years.map((y) => h('th', { scope: 'col' }, y.fy)), h('th', { scope: 'col' }, 'All years'))),
    h(
      'tbody',
      {},
      ...kinds.map((k) => h('tr', {}, h('th', { scope: 'row' }, k.label), ...years.map((y) => cell(y.byKind[k.kind])), cell(k))),
      h('tr', { class: 'total-row' }, h('th', { scope: 'row' }, 'All organisations'), ...years.map((y) => cell(y.total)), cell(r.summary.outcomes)),
    ),
  );
}

/**
 * Year-end outcomes by ICS (national runs): organisation-years in surplus,
 * break-even and deficit per system, most deficits first; each ICS name is
 * a button that shows its organisations in the balance chart.
 */
export function bySystemTable(r: RunResult, drill: (system: string) => void): HTMLElement | null {
  // Ties by code (ASCII) in code-point order: localeCompare's first call loads the collator, about 40 ms on the main thread.
  const rows = outcomesBySystem(r).sort((a, b) => b.deficit - a.deficit || (a.system < b.system ? -1 : a.system > b.system ? 1 : 0));
  if (!rows.length) return null;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { id: 'by-system-table' },
      h('caption', {}, `Year-end outcomes by ICS (${rows.length} systems, most deficits first); choose an ICS to see its organisations\u2019 balances`),
      h('thead', {}, h('tr', {}, ...['ICS', 'Organisations', 'Surplus', 'Break-even', 'Deficit'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', 'data-system': c.system, onclick: () => drill(c.system) }, c.name)),
            h('td', {}, String(c.organisations)),
            h('td', {}, String(c.surplus)),
            h('td', {}, String(c.breakeven)),
            h('td', { class: c.deficit > 0 ? 'has-deficit' : '' }, String(c.deficit)),
          ),
        ),
      ),
    ),
  );
}

/** A table of arbitrary rows (loans, breaches...), columns from the keys. */
export function rowsTable(caption: string, rows: Array<Record<string, unknown>>, limit = 500): HTMLTableElement {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const shown = rows.slice(0, limit);
  return table(
    rows.length > limit ? `${caption} (first ${limit} of ${rows.length})` : caption,
    cols,
    shown.map((r) => cols.map((c) => cellText(r[c]))),
  );
}

/** Structural power of each seat (Banzhaf and Shapley-Shubik indices), one table per board. */
export function powerTables(rows: PowerRow[], nameOf: (board: string) => string = (b) => b): HTMLTableElement[] {
  const pct = (v: number | undefined) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '');
  return rows.map((r) =>
    table(
      `Voting power on ${nameOf(r.board)}`,
      ['Seat', 'Bloc', 'Voting weight', 'Banzhaf', 'Shapley-Shubik'],
      r.seats.map((seat, i) => [seat, blocName(r.blocs[i] ?? ''), r.weights[i] ?? '', pct(r.banzhaf[i]), pct(r.shapleyShubik[i])]),
      { class: 'power-table', 'data-board': r.board },
    ),
  );
}

/** Most boards' tables shown at once (an England run has hundreds of boards). */
const POWER_SHOWN = 12;

/**
 * The voting-power tables, collapsed: a summary line saying how many boards
 * there are, and once opened a search box over board names; only the first
 * matching tables are built.
 */
export function powerSection(rows: PowerRow[], nameOf: (board: string) => string = (b) => b): HTMLDetailsElement {
  const search = h('input', { type: 'search', id: 'power-search', placeholder: 'Board name, e.g. icb or a place', autocomplete: 'off' });
  const list = h('div', { class: 'power-list' });
  const count = h('p', { class: 'note', 'aria-live': 'polite' });
  const fill = () => {
    const q = search.value.trim().toLowerCase();
    const hits = rows.filter((r) => !q || r.board.toLowerCase().includes(q) || nameOf(r.board).toLowerCase().includes(q));
    count.textContent = `${hits.length} of ${rows.length} boards match${hits.length > POWER_SHOWN ? `; the first ${POWER_SHOWN} are shown (narrow the search to see others)` : ''}.`;
    list.replaceChildren(...powerTables(hits.slice(0, POWER_SHOWN), nameOf).map((t) => scrollRegion(t)));
  };
  search.addEventListener('input', fill);
  const details = h(
    'details',
    { id: 'power' },
    h('summary', {}, `Voting power on ${rows.length} board${rows.length === 1 ? '' : 's'} (Banzhaf and Shapley-Shubik indices)`),
    h('label', { for: 'power-search' }, 'Find a board '),
    search,
    count,
    list,
  );
  let built = false;
  details.addEventListener('toggle', () => {
    if (details.open && !built) {
      built = true;
      fill();
    }
  });
  return details;
}
