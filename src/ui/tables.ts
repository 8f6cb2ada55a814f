/** Result tables: the headline summary, outcomes by kind, the decision log and extra tables. */
import { flattenSummary } from '../sweep/flattenSummary.ts';
import type { RunResult } from '../engine/index.ts';
import { clear, fmtNumber, h, yieldToPage } from './dom.ts';
import { blocName, cellText, metricInfo, outcomesByKind, outcomesBySystem, outcomesByYear, type Decision, type PowerRow } from './resultFields.ts';
import { LINES } from '../engine/lines.ts';

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
  for (const [k, v] of Object.entries(flattenSummary(r.summary))) {
    // Breakdowns by kind and by year are the table by kind and year.
    if (k.startsWith('outcomes.byKind.') || k.startsWith('yearly.')) continue;
    const info = metricInfo(k);
    if (!groups.has(info.group)) groups.set(info.group, []);
    groups.get(info.group)!.push([info.label, v]);
  }
  return h(
    'table',
    { id: 'summary-table' },
    h('caption', {}, `Summary of the run (${r.meta.scenario}, seed ${r.meta.seed}, ${r.meta.years} years)`),
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
  const rows = outcomesBySystem(r).sort((a, b) => b.deficit - a.deficit || a.system.localeCompare(b.system));
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

/** Rows of the decision log added per task (a long log is built over several tasks). */
const LOG_CHUNK = 100;
/** Most rows shown for one filter. */
const LOG_LIMIT = 1000;

/**
 * Renders the decision log with a board filter into `host`. The rows are
 * added in chunks, each in its own task, so a long log never blocks the
 * page; the promise resolves once the rows of the current filter are in.
 */
export function decisionLog(host: HTMLElement, log: Decision[], monthLabel: (m: number) => string): Promise<void> {
  clear(host);
  const boards = [...new Set(log.map((d) => d.board))].sort();
  const select = h('select', { id: 'decision-board' }, h('option', { value: '' }, `All boards (${log.length})`), ...boards.map((b) => h('option', { value: b }, b)));
  const body = h('tbody');
  const count = h('p', { class: 'note', 'aria-live': 'polite' });
  const cols: Array<[heading: string, cell: (d: Decision) => string]> = [
    ['Rule used', (d) => d.rule + (d.failed.length ? ` (after ${d.failed.map((f) => f.rule).join(', ')} failed)` : '')],
    ['Members', (d) => decisionCell('members', d.members)],
    ['Votes', (d) => decisionCell('votes', d.votes)],
    ['Money decided (£)', (d) => cellText(d.envelope)],
    ['GP influence', (d) => d.gpInfluence.toFixed(3)],
    ['Adopted allocation by service line', (d) => decisionCell('adopted', d.adopted)],
    ['Proposals', (d) => String(d.proposals.length)],
  ];
  const row = (d: Decision) =>
    h(
      'tr',
      {},
      h('td', {}, `${monthLabel(d.month)} (${d.month})`),
      h('th', { scope: 'row' }, d.board),
      ...cols.map(([, cell]) => h('td', {}, cell(d))),
    );
  /** Bumped by each fill, so an unfinished fill stops when the filter changes. */
  let generation = 0;
  const fill = async () => {
    const mine = ++generation;
    const b = select.value;
    const all = log.filter((d) => !b || d.board === b);
    count.textContent = `${all.length} decision${all.length === 1 ? '' : 's'}${b ? ` by ${b}` : ''}.`;
    const rows = all.slice(0, LOG_LIMIT);
    body.replaceChildren(...rows.slice(0, LOG_CHUNK).map(row));
    for (let i = LOG_CHUNK; i < rows.length; i += LOG_CHUNK) {
      await yieldToPage();
      if (mine !== generation || !body.isConnected) return;
      body.append(...rows.slice(i, i + LOG_CHUNK).map(row));
    }
  };
  select.addEventListener('change', () => void fill());
  host.append(
    h('label', { for: 'decision-board' }, 'Show decisions of '),
    select,
    count,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { id: 'decision-table' },
        h('caption', {}, 'Decision log of the last run'),
        h('thead', {}, h('tr', {}, ...['Month', 'Board', ...cols.map(([c]) => c)].map((c) => h('th', { scope: 'col' }, c)))),
        body,
      ),
    ),
  );
  return fill();
}

/** Structural power of each seat (Banzhaf and Shapley-Shubik indices), one table per board. */
export function powerTables(rows: PowerRow[]): HTMLTableElement[] {
  const pct = (v: number | undefined) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '');
  return rows.map((r) =>
    table(
      `Voting power on ${r.board}`,
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
export function powerSection(rows: PowerRow[]): HTMLDetailsElement {
  const search = h('input', { type: 'search', id: 'power-search', placeholder: 'Board name, e.g. icb or a place', autocomplete: 'off' });
  const list = h('div', { class: 'power-list' });
  const count = h('p', { class: 'note', 'aria-live': 'polite' });
  const fill = () => {
    const q = search.value.trim().toLowerCase();
    const hits = rows.filter((r) => !q || r.board.toLowerCase().includes(q));
    count.textContent = `${hits.length} of ${rows.length} boards match${hits.length > POWER_SHOWN ? `; the first ${POWER_SHOWN} are shown (narrow the search to see others)` : ''}.`;
    list.replaceChildren(...powerTables(hits.slice(0, POWER_SHOWN)));
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

/** Shares per service line of a money vector in line order (e.g. an adopted allocation). */
function lineShares(v: unknown): string | null {
  if (!Array.isArray(v) || v.length !== LINES.length || !v.every((x) => typeof x === 'number')) return null;
  const total = (v as number[]).reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  return (v as number[]).map((x, i) => `${LINES[i]} ${((x / total) * 100).toFixed(1)}%`).join(', ');
}

/** Text for a decision-log cell, with summaries for members, votes and allocations. */
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
  return lineShares(v) ?? cellText(v);
}
