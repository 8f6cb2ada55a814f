/**
 * The page's one adapter to the engine's `RunResult` (src/engine/result.ts):
 * every field the page reads from a result or a summary is read here, typed,
 * so a renamed or removed field fails the typecheck in this file only. It
 * also names summary metrics in plain English and gives the bounds of each
 * (a count is never negative, a share lies in [0, 1]), from the engine's
 * metric registry (src/engine/metrics.ts).
 */
import { KIND_LABELS, type NamedValues } from '../charts/index.ts';
// From the modules themselves, not the engine's index: the page loads this file at start, and the index would bring the
// whole engine (its schema built as it loads) onto the main thread with it.
import type { RunResult, Summary } from '../engine/index.ts';
import { BLOC_NAMES, eventLabel, findMetric, fyLabel, LINES, metricLabelText, monthlyLabel, RULE_WORDS, TRUST_KINDS, type Line, type MetricUnit } from '../engine/light.ts';
import { groupDigits } from './dom.ts';

/** Ids in code-point order: localeCompare's first call loads the collator (about 40 ms on the page's main thread), and ids are ASCII. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One entry of the decision log. */
export type Decision = RunResult['decisions'][number];
/** Power indices of one board. */
export type PowerRow = RunResult['power'][number];

/** Labelled series. */
export interface FoundSeries {
  labels: string[];
  series: NamedValues[];
}

/** GP influence per financial year: overall, then one series per board (mean of its decisions that year). */
export function gpInfluence(result: RunResult): FoundSeries | null {
  const years = Object.keys(result.summary.yearly).sort();
  const labels = years.map((y) => fyLabel(Number(y)));
  if (!labels.length) return null;
  const series: NamedValues[] = [{ name: 'Overall', values: years.map((y) => result.summary.yearly[y]!.gpInfluence) }];
  const boards = new Map<string, Map<string, number[]>>();
  for (const d of result.decisions) {
    let byFy = boards.get(d.board);
    if (!byFy) boards.set(d.board, (byFy = new Map()));
    byFy.set(d.fy, [...(byFy.get(d.fy) ?? []), d.gpInfluence]);
  }
  // A line per board only while they stay readable (an England run has hundreds of boards).
  if (boards.size > 1 && boards.size <= 12) {
    for (const [board, byFy] of boards) {
      series.push({ name: boardName(board, result.organisations), values: labels.map((l) => { const v = byFy.get(l); return v ? v.reduce((a, b) => a + b, 0) / v.length : null; }) });
    }
  }
  return { labels, series };
}

/**
 * The money and power each year: the delegated share (a state when devolution
 * is contested), GP success and luck beside its influence, and the share of
 * decisions taken by consensus (tighter money pushes boards to votes).
 */
export function yearlyPower(result: RunResult): FoundSeries | null {
  const years = Object.keys(result.summary.yearly).sort();
  if (!years.length) return null;
  const y = (k: string) => result.summary.yearly[k]!;
  return {
    labels: years.map((k) => fyLabel(Number(k))),
    series: [
      { name: 'Delegated share', values: years.map((k) => y(k).delegatedShare) },
      { name: 'GP success', values: years.map((k) => y(k).gpSuccess) },
      { name: 'GP luck (had it been absent)', values: years.map((k) => y(k).gpLuck) },
      { name: 'Decisions by consensus', values: years.map((k) => y(k).decisionsByRule.consensus ?? 0) },
    ],
  };
}

/** Breaches and their consequences over the run, as one table's rows (totals from the summary, labelled by the metric registry). */
export function accountabilityRows(result: RunResult): Array<{ what: string; value: number }> {
  const s = result.summary;
  const row = (id: string, value: number) => ({ what: metricInfo(id).label, value });
  return [
    row('accountabilityBreaches', s.accountabilityBreaches),
    row('breachConsequences.investigated', s.breachConsequences.investigated),
    row('breachConsequences.officersRemoved', s.breachConsequences.officersRemoved),
    row('breachConsequences.delegationsSuspended', s.breachConsequences.delegationsSuspended),
    row('breachConsequences.penalties', s.breachConsequences.penalties),
    row('loans.notMadeForBreachRisk', s.loans.notMadeForBreachRisk),
    row('loans.notMadeAmount', s.loans.notMadeAmount),
  ];
}

/** Plain words for each way of funding general practice's executive (docs/ODD.md §7.14a; seed 004). */
export const EXECUTIVE_FUNDING_WORDS: Record<Summary['executive']['funding'], string> = {
  existingRoles: 'existing roles (hours taken from GP leaders, who then attend less elsewhere; no money changes hands)',
  practiceLevy: 'a levy on practices (charged to their accounts)',
  systemFunded: 'the ICB (the system pays, and the executive leans towards the ICB\u2019s position)',
};

/**
 * Who paid for general practice's executive, as one table's rows. The result
 * gives run totals only (no year-by-year split), so the rows are totals.
 */
export function executiveRows(result: RunResult): Array<{ what: string; value: string | number }> {
  const e = result.summary.executive;
  return [
    { what: 'Funded by', value: EXECUTIVE_FUNDING_WORDS[e.funding] ?? e.funding },
    { what: `${metricInfo('executive.fundedShare').label} (last year)`, value: e.fundedShare },
    { what: `${metricInfo('executive.paidByPractices').label.replace(' (£)', '')} over the run (£)`, value: e.paidByPractices },
    { what: `${metricInfo('executive.paidByIcb').label.replace(' (£)', '')} over the run (£)`, value: e.paidByIcb },
    { what: 'Total paid over the run (£)', value: Math.round((e.paidByPractices + e.paidByIcb) * 100) / 100 },
    // Year by year: the share funded (a levy capped by what practices will pay scales the executive down) and who paid.
    ...Object.entries(result.summary.yearly).flatMap(([y, v]) => {
      const fy = fyLabel(Number(y));
      return [
        { what: `${fy}: share funded`, value: v.executive.fundedShare },
        { what: `${fy}: paid by practices (£)`, value: v.executive.paidByPractices },
        { what: `${fy}: paid by the ICB (£)`, value: v.executive.paidByIcb },
      ];
    }),
  ];
}

/** One loan made without a needed approval, and what followed it. */
export interface BreachEvent {
  /** Month of the run (0 = April of the first year) and its financial year. */
  month: number;
  fy: string;
  loan: number;
  lender: string;
  borrower: string;
  /** The accountable officer who signed the loan. */
  officer: string;
  principal: number;
  status: string;
  investigated: boolean;
  officerRemoved: boolean;
  delegationSuspended: boolean;
  /** Penalty paid to the ICB (GBP). */
  penalty: number;
}

/** The breaches of a run in time order, with the loans not made for fear of one. */
export interface BreachTimeline {
  events: BreachEvent[];
  notMade: { count: number; amount: number };
}

/**
 * The breaches of a run in time order, each with what followed it
 * (`result.breaches`) and its loan's details (`result.loans`).
 */
export function breachTimeline(result: RunResult): BreachTimeline {
  const s = result.summary;
  const loans = new Map(result.loans.map((l) => [l.id, l]));
  // The engine records each breach and what followed it (result.breaches).
  const events = [...result.breaches]
    .sort((a, b) => a.month - b.month || a.loan - b.loan)
    .map((c): BreachEvent => {
      const l = loans.get(c.loan);
      return {
        month: c.month,
        fy: c.fy,
        loan: c.loan,
        lender: c.lender,
        borrower: l?.borrower ?? '',
        officer: l?.officer ?? '',
        principal: l?.principal ?? 0,
        status: l?.status ?? '',
        investigated: c.investigated,
        officerRemoved: c.officerRemoved,
        delegationSuspended: c.delegationSuspendedYears > 0,
        penalty: c.penalty,
      };
    });
  return { events, notMade: { count: s.loans.notMadeForBreachRisk, amount: s.loans.notMadeAmount } };
}

/** Plain names of the service lines, in {@link LINES} order. */
export const LINE_LABELS: Record<Line, string> = {
  acute: 'Acute',
  community: 'Community',
  mentalHealth: 'Mental health',
  primaryCare: 'Primary care',
  prescribing: 'Prescribing',
  socialCare: 'Social care',
  prevention: 'Prevention',
};

/** The kinds of board that make allocation decisions. */
export type BoardScope = Decision['scope'];

/** Plain names of the kinds of board. */
export const SCOPE_LABELS: Record<BoardScope, string> = { icb: 'ICB board', place: 'Place boards', leadProvider: 'Lead providers' };

/** The rule that decided, in words. */
export function ruleName(rule: string): string {
  return RULE_WORDS[rule] ?? rule;
}

/** What can narrow the decision log: the kinds of board, years and boards present, with counts. */
export interface DecisionFacets {
  scopes: Array<{ scope: BoardScope; count: number }>;
  years: Array<{ year: number; fy: string; count: number }>;
  boards: Array<{ board: string; scope: BoardScope; count: number }>;
}

/** The kinds of board, years and boards in a decision log (each sorted), with how many decisions each has. */
export function decisionFacets(log: readonly Decision[]): DecisionFacets {
  const scopes = new Map<BoardScope, number>();
  const years = new Map<number, { fy: string; count: number }>();
  const boards = new Map<string, { scope: BoardScope; count: number }>();
  for (const d of log) {
    scopes.set(d.scope, (scopes.get(d.scope) ?? 0) + 1);
    const y = years.get(d.year);
    if (y) y.count++;
    else years.set(d.year, { fy: d.fy, count: 1 });
    const b = boards.get(d.board);
    if (b) b.count++;
    else boards.set(d.board, { scope: d.scope, count: 1 });
  }
  const order: BoardScope[] = ['icb', 'place', 'leadProvider'];
  return {
    scopes: order.filter((s) => scopes.has(s)).map((scope) => ({ scope, count: scopes.get(scope)! })),
    years: [...years].sort((a, b) => a[0] - b[0]).map(([year, y]) => ({ year, ...y })),
    boards: [...boards].sort((a, b) => byCodePoint(a[0], b[0])).map(([board, b]) => ({ board, ...b })),
  };
}

/** A narrowing of the decision log; an empty field matches everything. */
export interface DecisionFilter {
  scope?: BoardScope | '';
  year?: number | null;
  board?: string;
}

/** The decisions that match a filter, in log order. */
export function filterDecisions(log: readonly Decision[], f: DecisionFilter): Decision[] {
  return log.filter((d) => (!f.scope || d.scope === f.scope) && (f.year === undefined || f.year === null || d.year === f.year) && (!f.board || d.board === f.board));
}

/** One page of rows: the page actually shown (clamped), the number of pages, and the 1-based range. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const slice = rows.slice(p * size, (p + 1) * size);
  return { rows: slice, page: p, pages, first: slice.length ? p * size + 1 : 0, last: p * size + slice.length };
}

/** One service line of a decision: what was adopted beside what would have been (£m). */
export interface DecisionLine {
  line: Line;
  label: string;
  adopted: number;
  /** Adopted with general practice's seats empty. */
  withoutGp: number;
  /** What general practice's presence changed: adopted - withoutGp. */
  gpEffect: number;
  gpIdeal: number;
  /** Null when the rule did not bargain from need. */
  need: number | null;
  statusQuo: number;
}

const millions = (v: number | undefined) => Math.round((v ?? 0) / 1e4) / 100;

/** A decision's allocation by service line in £m (to £10,000): adopted, with GP's seats empty, GP's ideal, need and last year's. */
export function decisionLines(d: Decision): DecisionLine[] {
  return LINES.map((line, i) => ({
    line,
    label: LINE_LABELS[line],
    adopted: millions(d.adopted[i]),
    withoutGp: millions(d.counterfactual[i]),
    gpEffect: Math.round(((d.adopted[i] ?? 0) - (d.counterfactual[i] ?? 0)) / 1e4) / 100,
    gpIdeal: millions(d.gpIdeal[i]),
    need: d.need ? millions(d.need[i]) : null,
    statusQuo: millions(d.statusQuo[i]),
  }));
}

/** A decision's totals over the service lines in £m, summed before rounding (the envelope either way; need may differ). */
export function decisionTotals(d: Decision): Omit<DecisionLine, 'line' | 'label'> {
  const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
  return {
    adopted: millions(sum(d.adopted)),
    withoutGp: millions(sum(d.counterfactual)),
    // + 0 turns a rounded -0 (a difference of less than half a penny's worth below zero) into 0, never shown as "-0.00".
    gpEffect: Math.round((sum(d.adopted) - sum(d.counterfactual)) / 1e4) / 100 + 0,
    gpIdeal: millions(sum(d.gpIdeal)),
    need: d.need ? millions(sum(d.need)) : null,
    statusQuo: millions(sum(d.statusQuo)),
  };
}

/** The rule that decided, and those that failed before it, in words. */
export function decisionRuleText(d: Decision): string {
  return ruleName(d.rule) + (d.failed.length ? ` (after ${d.failed.map((f) => ruleName(f.rule)).join(', ')} failed)` : '');
}

/** One year's decision of an ICB board on the share of the budget delegated to places (the engine's record). */
export type DevolutionRow = RunResult['devolution'][number];

/** The ICB boards' yearly decisions on the delegated share (empty when the share is a fixed input), by system and year. */
export function devolutionRows(result: RunResult): DevolutionRow[] {
  return [...result.devolution].sort((a, b) => byCodePoint(a.system, b.system) || a.year - b.year);
}

/** GP attendance, cohesion and mandate gap at place boards, month by month. */
export function participation(result: RunResult): FoundSeries {
  const s = result.series;
  return {
    labels: s.month,
    series: [
      { name: monthlyLabel('gpAttendance'), values: s.gpAttendance },
      { name: monthlyLabel('gpCohesion'), values: s.gpCohesion },
      { name: monthlyLabel('mandateGap'), values: s.mandateGap },
    ],
  };
}

/** The decision log. */
export function decisions(result: RunResult): Decision[] {
  return result.decisions;
}

/** Power indices of every board. */
export function power(result: RunResult): PowerRow[] {
  return result.power;
}

/** Record tables of a run (loans, interventions, events), when they have rows. */
export function extraTables(result: RunResult): Array<{ name: string; rows: Array<Record<string, unknown>> }> {
  const tables: Array<{ name: string; rows: Array<Record<string, unknown>> }> = [
    { name: 'Loans between places', rows: result.loans },
    { name: `Trusts by region in ${result.summary.lastYear.fy}, deepest first`, rows: regionRows(result.summary) },
    { name: 'Interventions after repeated deficits', rows: result.interventions },
    { name: 'Events during the run', rows: result.events.map((e) => ({ ...e, type: eventLabel(e.type) })) },
  ];
  return tables.filter((t) => t.rows.length > 0);
}

/** The last year's trusts by region (empty when the scenario has no regions), deepest result first. */
export function regionRows(summary: Summary): Array<{ region: string; trusts: number; inDeficit: number; 'result (% of income)': number }> {
  return Object.entries(summary.lastYear.byRegion ?? {})
    .sort((a, b) => a[1].trustResultShareOfIncome - b[1].trustResultShareOfIncome)
    .map(([region, v]) => ({ region, trusts: v.trusts, inDeficit: v.trustsInDeficit, 'result (% of income)': Math.round(v.trustResultShareOfIncome * 1e4) / 100 }));
}

/** Outcome counts by kind for every kind with any organisation-years. */
export function outcomesByKind(summary: Summary): Array<{ kind: string; label: string; surplus: number; breakeven: number; deficit: number }> {
  return Object.entries(summary.outcomes.byKind)
    .filter(([, c]) => c.surplus + c.breakeven + c.deficit > 0)
    .map(([kind, c]) => ({ kind, label: KIND_LABELS[kind] ?? kind, ...c }));
}

/** Outcome counts by financial year and kind. */
export function outcomesByYear(summary: Summary): Array<{ fy: string; total: { surplus: number; breakeven: number; deficit: number }; byKind: Record<string, { surplus: number; breakeven: number; deficit: number }> }> {
  return Object.entries(summary.yearly).map(([year, y]) => ({ fy: fyLabel(Number(year)), total: { surplus: y.surplus, breakeven: y.breakeven, deficit: y.deficit }, byKind: y.byKind }));
}

/** The headline of a run: GP influence and the outcome counts. */
export function headline(summary: Summary): { gpInfluence: number | null; surplus: number; breakeven: number; deficit: number; decisions: number; rules: Record<string, number>; attendance: number } {
  const rules = summary.decisionsByRule;
  return {
    gpInfluence: summary.gpInfluence,
    surplus: summary.outcomes.surplus,
    breakeven: summary.outcomes.breakeven,
    deficit: summary.outcomes.deficit,
    decisions: Object.values(rules).reduce((a, b) => a + b, 0),
    rules,
    attendance: summary.gpAttendance,
  };
}

/** Counts of one group of organisations: how many, and how many in deficit. */
export interface DeficitCount {
  inDeficit: number;
  of: number;
}

/**
 * The figures a board reads apart, from a summary: trusts in deficit in the
 * last year with their combined result (share of income and GBP), practices
 * in deficit in the last year, and each group's organisation-years in
 * deficit over the run (trusts: acute, community, mental health and
 * integrated trusts; practices: GP practices).
 */
export function questionFigures(summary: Summary): {
  fy: string;
  trusts: DeficitCount & { resultShare: number; result: number };
  practices: DeficitCount;
  trustYears: DeficitCount;
  practiceYears: DeficitCount;
} {
  const ly = summary.lastYear;
  const years = Object.keys(summary.yearly).map(Number).sort((a, b) => a - b);
  const last = years.length ? summary.yearly[String(years[years.length - 1])] : undefined;
  const count = (c: { surplus: number; breakeven: number; deficit: number } | undefined): DeficitCount => ({ inDeficit: c?.deficit ?? 0, of: c ? c.surplus + c.breakeven + c.deficit : 0 });
  type Counts = { surplus: number; breakeven: number; deficit: number };
  const sum = (kinds: readonly string[], by: Partial<Record<string, Counts>> | undefined): DeficitCount =>
    kinds.map((k) => count(by?.[k])).reduce((a, b) => ({ inDeficit: a.inDeficit + b.inDeficit, of: a.of + b.of }), { inDeficit: 0, of: 0 });
  return {
    fy: ly.fy,
    trusts: { inDeficit: ly.trustsInDeficit, of: ly.trusts, resultShare: ly.trustResultShareOfIncome, result: ly.trustResultShareOfIncome * ly.trustIncome },
    practices: count(last?.byKind.practice),
    trustYears: sum(TRUST_KINDS, summary.outcomes.byKind),
    practiceYears: sum(['practice'], summary.outcomes.byKind),
  };
}

/** "1 year", "5 years": a count with its noun, singular or plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

/** The monthly acute flows and the balances by organisation of a run. */
export function monthly(r: RunResult): { month: string[]; bedsOccupied: number[]; delayedDischarges: number[]; balances: ReadonlyMap<string, number[]> } {
  const s = r.series;
  return { month: s.month, bedsOccupied: s.bedsOccupied, delayedDischarges: s.delayedDischarges, balances: new Map(s.balances.map((b) => [b.org, b.values])) };
}

/** The year-end rows of a run (one per organisation and financial year). */
export function yearRows(r: RunResult): RunResult['years'] {
  return r.years;
}

/** True when the result covers every month of the run (not a paused run's part). */
export function isComplete(r: RunResult): boolean {
  return r.meta.years * 12 === r.series.month.length;
}

/** Organisations in deficit per financial year of a summary. */
export function deficitsByYear(summary: Summary): Array<{ fy: string; deficit: number }> {
  return Object.entries(summary.yearly).map(([year, y]) => ({ fy: fyLabel(Number(year)), deficit: y.deficit }));
}

/** Year-end outcomes per ICS (organisation-years), with each ICS's name; empty for a one-ICS run. */
export function outcomesBySystem(r: RunResult): Array<{ system: string; name: string; organisations: number; surplus: number; breakeven: number; deficit: number }> {
  const names = new Map<string, string>();
  const systemOf = new Map<string, string>();
  for (const o of r.organisations) {
    systemOf.set(o.id, o.system);
    if (o.kind === 'icb') names.set(o.system, o.name.replace(/\s+ICB$/, ''));
  }
  if (names.size < 2) return [];
  const counts = new Map<string, { surplus: number; breakeven: number; deficit: number; orgs: Set<string> }>();
  for (const y of r.years) {
    if (y.outcome === 'none') continue;
    const s = systemOf.get(y.org) ?? '';
    let c = counts.get(s);
    if (!c) counts.set(s, (c = { surplus: 0, breakeven: 0, deficit: 0, orgs: new Set() }));
    c[y.outcome]++;
    c.orgs.add(y.org);
  }
  return [...counts].map(([system, c]) => ({ system, name: names.get(system) ?? system, organisations: c.orgs.size, surplus: c.surplus, breakeven: c.breakeven, deficit: c.deficit }));
}

// ---------- metrics: plain names and bounds ----------

/** What a metric measures, which fixes its bounds. */
export type MetricKind = 'count' | 'share' | 'signedShare' | 'money' | 'other';

/** A metric's plain name, the group it is shown in, and its bounds. */
export interface MetricInfo {
  label: string;
  group: string;
  kind: MetricKind;
  /** Smallest and largest possible values (±Infinity when unbounded). */
  bounds: [number, number];
}

/** How the page groups a registry unit for its bounds and comparisons. */
const KIND_OF_UNIT: Record<MetricUnit, MetricKind> = { count: 'count', beds: 'count', share: 'share', flag: 'share', signedShare: 'signedShare', money: 'money', ratio: 'other', text: 'other' };

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The plain name, group and bounds of a flattened summary metric (e.g.
 * `outcomes.byKind.acute.deficit`), from the engine's metric registry; money
 * is labelled in pounds. A path the registry does not know is spelt out.
 */
export function metricInfo(path: string): MetricInfo {
  const found = findMetric(path);
  if (!found) {
    const label = sentence(path.split('.').map((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()).join(': '));
    return { label, group: 'Other figures', kind: 'other', bounds: [-Infinity, Infinity] };
  }
  const { metric } = found;
  const label = metricLabelText(path) + (metric.unit === 'money' ? ' (£)' : '');
  return { label, group: metric.group, kind: KIND_OF_UNIT[metric.unit], bounds: [metric.bounds[0], metric.bounds[1]] };
}

/**
 * The metrics a board reads first, in order: GP influence, trusts in deficit
 * and their combined result, practices in deficit, all organisations in
 * deficit. The comparison table leads with them.
 */
export const HEADLINE_METRICS: readonly string[] = ['gpInfluence', 'lastYear.trustsInDeficit', 'lastYear.trustResultShareOfIncome', 'outcomes.byKind.practice.deficit', 'outcomes.deficit'];

/**
 * A readable name for a board id (`cumbria:blue:place-board` → `Locality
 * blue place board`), from the organisations of the run; an id it cannot
 * read is returned with its separators spaced out.
 */
export function boardName(id: string, organisations: ReadonlyArray<{ id: string; name: string }>): string {
  const name = (org: string) => organisations.find((o) => o.id === org)?.name;
  const m = /^(.*):place-board$/.exec(id);
  if (m) return `${name(m[1]!) ?? m[1]!.split(':').pop()} place board`;
  const icb = /^(.*):icb-board$/.exec(id);
  if (icb) return `${name(`${icb[1]}:icb`) ?? `${icb[1]} ICB`} board`;
  return name(id) ?? id.replace(/[:-]/g, ' ');
}

/** Plain names of the blocs that sit on boards. */
export function blocName(bloc: string): string {
  return BLOC_NAMES[bloc] ?? bloc;
}

/** Short text for any value in a table cell. */
export function cellText(v: unknown, max = 160): string {
  if (v === undefined || v === null) return '';
  // Whole numbers below 10,000 (years, counts) stay plain; money gets separators.
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 10_000) return String(v);
    return Math.abs(v) >= 1000 ? groupDigits(Math.round(v)) : String(+v.toPrecision(4));
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map((x) => cellText(x)).join(', ');
  const s = JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
