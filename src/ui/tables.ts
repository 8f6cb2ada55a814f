/** Result tables: the headline summary, outcomes by kind, the decision log and extra tables. */
import { KIND_LABELS } from '../charts/index.ts';
import type { RunResult } from '../engine/index.ts';
import { labelOf } from './controlSpecs.ts';
import { clear, fmtNumber, h, yieldToPage } from './dom.ts';
import { cellText, type Decision, type PowerRow } from './optionalResults.ts';
import { LINES } from '../engine/index.ts';
import { numericLeaves } from './stats.ts';

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

/** Headline figures of a run: every numeric field of the summary except the per-kind and per-year breakdowns. */
export function summaryTable(r: RunResult): HTMLTableElement {
  const rows = numericLeaves(r.summary)
    .filter(([k]) => !k.startsWith('outcomes.byKind.'))
    .map(([k, v]) => [labelOf(k), v] as Array<string | number>);
  return table(`Summary of the run (${r.meta.scenario}, seed ${r.meta.seed}, ${r.meta.years} years; last year ${r.summary.lastYear.fy})`, ['Figure', 'Value'], rows, {
    id: 'summary-table',
  });
}

/** Organisation-years in surplus, break-even and deficit by kind. */
export function byKindTable(r: RunResult): HTMLTableElement {
  const rows = Object.entries(r.summary.outcomes.byKind)
    .filter(([, c]) => c.surplus + c.breakeven + c.deficit > 0)
    .map(([k, c]) => [KIND_LABELS[k] ?? k, c.surplus, c.breakeven, c.deficit] as Array<string | number>);
  return table('Organisation-years by outcome and kind', ['Kind', 'Surplus', 'Break-even', 'Deficit'], rows, { id: 'by-kind-table' });
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
  const boards = [...new Set(log.map((d) => cellText(d.board)))].sort();
  const select = h('select', { id: 'decision-board' }, h('option', { value: '' }, `All boards (${log.length})`), ...boards.map((b) => h('option', { value: b }, b)));
  const body = h('tbody');
  const count = h('p', { class: 'note', 'aria-live': 'polite' });
  const cols = ['month', 'board', 'rule', 'members', 'proposals', 'votes', 'adopted'];
  const extra = [...new Set(log.flatMap((d) => Object.keys(d)))].filter((k) => !cols.includes(k));
  const row = (d: Decision) =>
    h(
      'tr',
      {},
      h('td', {}, typeof d.month === 'number' ? `${monthLabel(d.month)} (${d.month})` : cellText(d.month)),
      h('th', { scope: 'row' }, cellText(d.board)),
      ...['rule', 'members', 'proposals', 'votes', 'adopted', ...extra].map((k) => h('td', { title: JSON.stringify(d[k] ?? null).slice(0, 2000) }, decisionCell(k, d[k]))),
    );
  /** Bumped by each fill, so an unfinished fill stops when the filter changes. */
  let generation = 0;
  const fill = async () => {
    const mine = ++generation;
    const b = select.value;
    const all = log.filter((d) => !b || cellText(d.board) === b);
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
        h('thead', {}, h('tr', {}, ...['Month', 'Board', 'Rule', 'Members', 'Proposals', 'Votes', 'Adopted', ...extra].map((c) => h('th', { scope: 'col' }, c)))),
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
      r.seats.map((seat, i) => [seat, r.blocs?.[i] ?? '', r.weights?.[i] ?? '', pct(r.banzhaf?.[i]), pct(r.shapleyShubik?.[i])]),
      { class: 'power-table' },
    ),
  );
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
