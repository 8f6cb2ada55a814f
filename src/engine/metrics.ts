/**
 * The metric registry (docs/ODD.md §5.3; after Mesa's DataCollector model
 * reporters): one entry per output of a run's summary, with its id (its
 * dotted path in the summary, `*` standing for each key of a family such as
 * the kinds of organisation or the financial years), a plain label, its
 * unit, bounds and number format, its scope and how its value is read or
 * reduced from the run state. `summarise` builds the summary from this table
 * and the `Summary` type is derived from it (result.ts); the page's tables,
 * the print labels, the CLI summary and sweep columns read labels and
 * formats from it. Adding an output is adding an entry here (and its test):
 * docs/ARCHITECTURE.md ("Adding a metric") shows the worked example.
 *
 * The monthly series are the registry's other table (monthlyMetrics.ts);
 * units and scopes are in metricUnits.ts. Plain data and small functions,
 * no zod: the page imports it at start-up through `light.ts`.
 */
import { fyLabel } from './calendar.ts';
import { meanDelayed, meanDelayedShare } from './collector.ts';
import { UNIT_DEFAULTS, type MetricScope, type MetricUnit } from './metricUnits.ts';
import { KIND_DESCRIPTORS, KIND_LABELS, type OrgKind } from './orgKinds.ts';
import type { OutcomeCounts } from './runRecords.ts';
import { round, type GpPower, type SummaryInputs } from './summaryInputs.ts';

/** One output of a run. */
export interface Metric<I extends string = string, V = unknown> {
  /** Dotted path in the summary; `*` for each key of a family (the value then maps each key to its value). */
  id: I;
  /** Plain label, without unit; for a family, from its keys (the parts the `*`s stand for). */
  label: string | ((keys: readonly string[]) => string);
  /** A shorter label for axis titles and print, when the label is long. */
  short?: string;
  unit: MetricUnit;
  /** Smallest and largest possible values (±Infinity when unbounded). */
  bounds: readonly [number, number];
  /** d3-format specifier for printed values. */
  format: string;
  scope: MetricScope;
  /** Heading it is shown under in the page's summary table. */
  group: string;
  /**
   * True when the behaviour fixtures (tests/engine/fixtures/behaviour) hold it: a new metric
   * starts false, so adding it does not re-record them; re-recording makes it true.
   */
  stable: boolean;
  /** The value, read or reduced from the run state and the shared aggregates. Undefined leaves it out of the summary. */
  read: (c: SummaryInputs) => V;
}

type Defaults = 'bounds' | 'format' | 'stable';

/** An entry, its bounds and format defaulting to its unit's and `stable` to true. */
function metric<const I extends string, V>(m: Omit<Metric<I, V>, Defaults> & Partial<Pick<Metric<I, V>, Defaults>>): Metric<I, V> {
  return { ...UNIT_DEFAULTS[m.unit], stable: true, ...m };
}

/** Plain words for the outcomes of a financial year. */
const OUTCOME_WORDS: Record<string, string> = { surplus: 'in surplus', breakeven: 'at break-even', deficit: 'in deficit' };

/** Plain words for the rules a board decision can be adopted by. */
export const RULE_WORDS: Readonly<Record<string, string>> = { consensus: 'consensus', majority: 'majority vote', executive: 'the executive', statusQuo: 'last year rolled forward' };

/** Plain names of the blocs that sit on boards. */
export const BLOC_NAMES: Readonly<Record<string, string>> = {
  gp: 'general practice',
  trust: 'NHS trusts',
  council: 'councils',
  icb: 'the ICB executive',
  nonExecutive: 'non-executive members',
  voluntary: 'the voluntary sector',
  place: 'places',
};

const SCOPE_WORDS: Record<string, string> = { icb: 'the ICB board', place: 'place boards', leadProvider: 'lead providers' };

const kindLabel = (k: string | undefined) => KIND_LABELS[k ?? ''] ?? k ?? '';
const fy = (year: string | undefined) => fyLabel(Number(year));
/** The year-end rows' years, in order. */
const years = (c: SummaryInputs) => [...c.outcomes.byYear.keys()];
/** A value for each financial year with year-end rows, keyed by its starting calendar year. */
const perYear = <V>(c: SummaryInputs, f: (year: number) => V): Record<string, V> => Object.fromEntries(years(c).map((y) => [String(y), f(y)]));
const perYearCounts = (k: keyof OutcomeCounts) => (c: SummaryInputs) => perYear(c, (y) => c.outcomes.byYear.get(y)![k]);
const perYearPower = (k: keyof GpPower) => (c: SummaryInputs) => perYear(c, (y) => c.yearGov(y).power[k]);
const executiveYear = (c: SummaryInputs, y: number) => c.st.executive.byYear[y - c.st.scenario.startYear];
const meanOverMonths = (c: SummaryInputs, sum: number) => (c.st.observation.months ? round(sum / c.st.observation.months, 6) : 0);
const loans = (c: SummaryInputs) => c.st.loanBook.loans;
const countLoans = (c: SummaryInputs, status: string) => loans(c).filter((l) => l.status === status).length;
const cases = (c: SummaryInputs) => c.st.loanBook.cases;
/** Aggregate result of some year rows as a share of their income. */
const resultShare = (rows: ReadonlyArray<{ income: number; result: number }>) => {
  const income = rows.reduce((s, r) => s + r.income, 0);
  return income ? round(rows.reduce((s, r) => s + r.result, 0) / income, 6) : 0;
};

/** A region's trusts in the last year: how many, how many in deficit, and their aggregate result as a share of income. */
interface RegionTrusts {
  trusts: number;
  trustsInDeficit: number;
  trustResultShareOfIncome: number;
}

/** The last year's trusts by their system's region (undefined when the systems name no regions). */
function byRegion(c: SummaryInputs): Record<string, RegionTrusts> | undefined {
  const w = c.st.world;
  if (!w.systems.some((x) => x.region)) return undefined;
  const regionOf = new Map(w.orgs.map((o) => [o.id, w.systems[o.system]?.region || '(none)']));
  const groups = new Map<string, typeof c.lastYear.trusts>();
  for (const r of c.lastYear.trusts) {
    const k = regionOf.get(r.org) ?? '(none)';
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  }
  return Object.fromEntries([...groups].map(([k, g]) => [k, { trusts: g.length, trustsInDeficit: g.filter((r) => r.outcome === 'deficit').length, trustResultShareOfIncome: resultShare(g) }]));
}

/** One of GP's power measures on each kind of board. */
const byScope = (c: SummaryInputs, k: keyof GpPower) => Object.fromEntries(Object.entries(c.gov.gpPowerByScope).map(([scope, p]) => [scope, p[k]]));
/** One figure of each region's trusts (undefined when the systems name no regions). */
const regions = <V>(c: SummaryInputs, f: (r: RegionTrusts) => V): Record<string, V> | undefined => {
  const r = byRegion(c);
  return r && Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
};

const OUTCOMES = 'Year-end outcomes';
const REGIONS = 'Trusts by region';
const GP = 'General practice';
const BOARDS = 'Board decisions';
const MONEY = 'Money';
const FLOW = 'Patient flow';
const LOANS = 'Loans and accountability';

/**
 * Every output of the summary, in the summary's order. A family's `read`
 * returns, for each `*` in its id, a record keyed by what the `*` stands for.
 */
export const METRICS = [
  metric({ id: 'outcomes.surplus', label: 'Organisation-years in surplus', unit: 'count', scope: 'year', group: OUTCOMES, read: (c) => c.outcomes.total.surplus }),
  metric({ id: 'outcomes.breakeven', label: 'Organisation-years at break-even', unit: 'count', scope: 'year', group: OUTCOMES, read: (c) => c.outcomes.total.breakeven }),
  metric({ id: 'outcomes.deficit', label: 'Organisation-years in deficit', unit: 'count', scope: 'year', group: OUTCOMES, read: (c) => c.outcomes.total.deficit }),
  metric({
    id: 'outcomes.byKind.*.*',
    label: ([kind, outcome]) => `${kindLabel(kind)}: organisation-years ${OUTCOME_WORDS[outcome ?? ''] ?? outcome}`,
    unit: 'count',
    scope: 'year',
    group: 'Year-end outcomes by kind',
    read: (c): Record<OrgKind, OutcomeCounts> => c.outcomes.byKind,
  }),
  // GP influence (docs/ODD.md §7.13): the budget-weighted mean over all decisions of how far general practice's presence
  // moved the decision from the one taken with its seats empty towards its ideal, in its own utility:
  // (u(a) - u(a0)) / (u(g) - u(a0)); 0 where GP has no seat, null when no decision was negotiated.
  metric({ id: 'gpInfluence', label: 'GP influence: what its presence changed (0 = nothing, 1 = all the way to its ideal; below 0 = moved away)', short: 'GP influence (0 = none, 1 = to its ideal)', unit: 'signedShare', scope: 'decision', group: GP, read: (c) => c.gov.gpInfluence }),
  // How good the decisions were for general practice, from its worst feasible outcome (0) to its ideal (1); luck: the same with its seats empty.
  metric({ id: 'gpSuccess', label: 'GP success: how good the decisions were for practices (0 = worst, 1 = ideal)', short: 'GP success (0 = its worst, 1 = its ideal)', unit: 'share', scope: 'decision', group: GP, read: (c) => c.gov.gpSuccess }),
  metric({ id: 'gpLuck', label: 'GP luck: the success it would have had with its seats empty', short: 'GP luck (success had it been absent)', unit: 'share', scope: 'decision', group: GP, read: (c) => c.gov.gpLuck }),
  metric({
    id: 'gpInfluenceOverHalf',
    label: 'Share of decisions in which GP influence exceeded 0.5',
    unit: 'share',
    scope: 'decision',
    group: GP,
    stable: false,
    read: (c) => {
      const measured = c.st.decisions.filter((d) => !Number.isNaN(d.gpInfluence));
      return measured.length ? round(measured.filter((d) => d.gpInfluence > 0.5).length / measured.length, 6) : null;
    },
  }),
  metric({ id: 'gpPowerByScope.*.gpInfluence', label: ([scope]) => `GP influence on ${SCOPE_WORDS[scope ?? ''] ?? scope}`, unit: 'signedShare', scope: 'decision', group: GP, read: (c) => byScope(c, 'gpInfluence') }),
  metric({ id: 'gpPowerByScope.*.gpSuccess', label: ([scope]) => `GP success on ${SCOPE_WORDS[scope ?? ''] ?? scope}`, unit: 'share', scope: 'decision', group: GP, read: (c) => byScope(c, 'gpSuccess') }),
  metric({ id: 'gpPowerByScope.*.gpLuck', label: ([scope]) => `GP luck on ${SCOPE_WORDS[scope ?? ''] ?? scope}`, unit: 'share', scope: 'decision', group: GP, read: (c) => byScope(c, 'gpLuck') }),
  metric({ id: 'blocShares.*', label: ([bloc]) => `Share of the gains from allocations won by ${BLOC_NAMES[bloc ?? ''] ?? bloc}`, unit: 'share', scope: 'decision', group: GP, read: (c) => c.gov.blocShares }),
  metric({ id: 'decisionsByRule.*', label: ([rule]) => `Board decisions made by ${RULE_WORDS[rule ?? ''] ?? rule}`, unit: 'count', scope: 'decision', group: BOARDS, read: (c) => c.gov.decisionsByRule }),
  metric({ id: 'yearly.*.surplus', label: ([y]) => `${fy(y)}: organisation-years in surplus`, unit: 'count', scope: 'year', group: OUTCOMES, read: perYearCounts('surplus') }),
  metric({ id: 'yearly.*.breakeven', label: ([y]) => `${fy(y)}: organisation-years at break-even`, unit: 'count', scope: 'year', group: OUTCOMES, read: perYearCounts('breakeven') }),
  metric({ id: 'yearly.*.deficit', label: ([y]) => `${fy(y)}: organisation-years in deficit`, unit: 'count', scope: 'year', group: OUTCOMES, read: perYearCounts('deficit') }),
  metric({ id: 'yearly.*.gpInfluence', label: ([y]) => `${fy(y)}: GP influence (0 = nothing, 1 = all the way to its ideal)`, unit: 'signedShare', scope: 'year', group: GP, read: perYearPower('gpInfluence') }),
  metric({ id: 'yearly.*.gpSuccess', label: ([y]) => `${fy(y)}: GP success (0 = worst, 1 = ideal)`, unit: 'share', scope: 'year', group: GP, read: perYearPower('gpSuccess') }),
  metric({ id: 'yearly.*.gpLuck', label: ([y]) => `${fy(y)}: GP luck (its success with its seats empty)`, unit: 'share', scope: 'year', group: GP, read: perYearPower('gpLuck') }),
  metric({
    id: 'yearly.*.decisionsByRule.*',
    label: ([y, rule]) => `${fy(y)}: share of board decisions made by ${RULE_WORDS[rule ?? ''] ?? rule}`,
    unit: 'share',
    scope: 'year',
    group: BOARDS,
    read: (c) => perYear(c, (y) => c.yearGov(y).ruleShares),
  }),
  metric({ id: 'yearly.*.delegatedShare', label: ([y]) => `${fy(y)}: share of the budget delegated to places`, unit: 'share', scope: 'year', group: BOARDS, read: (c) => perYear(c, (y) => round(c.st.shareByYear[y - c.st.scenario.startYear] ?? 0, 6)) }),
  metric({ id: 'yearly.*.executive.fundedShare', label: ([y]) => `${fy(y)}: share of the GP executive that was funded`, unit: 'share', scope: 'year', group: GP, read: (c) => perYear(c, (y) => round(executiveYear(c, y)?.fundedShare ?? 0, 6)) }),
  metric({ id: 'yearly.*.executive.paidByPractices', label: ([y]) => `${fy(y)}: GP executive paid for by practices`, unit: 'money', scope: 'year', group: GP, read: (c) => perYear(c, (y) => (executiveYear(c, y)?.practices ?? 0) / 100) }),
  metric({ id: 'yearly.*.executive.paidByIcb', label: ([y]) => `${fy(y)}: GP executive paid for by the ICB`, unit: 'money', scope: 'year', group: GP, read: (c) => perYear(c, (y) => (executiveYear(c, y)?.icb ?? 0) / 100) }),
  metric({
    id: 'yearly.*.byKind.*.*',
    label: ([y, kind, outcome]) => `${fy(y)}: ${kindLabel(kind)}: organisation-years ${OUTCOME_WORDS[outcome ?? ''] ?? outcome}`,
    unit: 'count',
    scope: 'year',
    group: 'Year-end outcomes by kind',
    read: (c) => perYear(c, (y) => c.outcomes.byYearKind.get(y) ?? {}),
  }),
  metric({ id: 'gpAttendance', label: 'GP attendance at place boards (share of meetings)', unit: 'share', scope: 'month', group: GP, read: (c) => meanOverMonths(c, c.st.observation.attendanceSum) }),
  metric({ id: 'gpCohesion', label: 'Cohesion of what general practice says (0 to 1)', unit: 'share', scope: 'month', group: GP, read: (c) => meanOverMonths(c, c.st.observation.cohesionSum) }),
  metric({ id: 'mandateGap', label: 'Mandate gap: GP position at boards vs practices\u2019 wishes (0 to 1)', short: 'GP mandate gap (0\u20131)', unit: 'share', scope: 'month', group: GP, read: (c) => meanOverMonths(c, c.st.observation.mandateGapSum) }),
  // True when every monthly audit passed (a failure stops the run instead); the balance equals inflow - outflow.
  metric({ id: 'ledger.conserved', label: 'Ledger balanced every month', unit: 'flag', scope: 'month', group: MONEY, read: (c) => c.balance === c.external.inflow - c.external.outflow }),
  metric({ id: 'ledger.transfers', label: 'Payments recorded in the ledger', unit: 'count', scope: 'run', group: MONEY, read: (c) => c.st.ledger.total }),
  metric({ id: 'ledger.inflow', label: 'Money in from NHS England and councils', unit: 'money', scope: 'run', group: MONEY, read: (c) => c.external.inflow / 100 }),
  metric({ id: 'ledger.outflow', label: 'Money paid out to suppliers and staff', unit: 'money', scope: 'run', group: MONEY, read: (c) => c.external.outflow / 100 }),
  metric({ id: 'systemBalance', label: 'System balance at the end', unit: 'money', scope: 'run', group: MONEY, read: (c) => c.balance / 100 }),
  metric({ id: 'delayedDischargeShare', label: 'Share of acute beds held by delayed discharges', unit: 'share', scope: 'month', group: FLOW, read: (c) => round(meanDelayedShare(c.st.observation), 6) }),
  metric({ id: 'delayedDischarges', label: 'Delayed discharges (beds, mean over the run)', unit: 'beds', scope: 'month', group: FLOW, read: (c) => round(meanDelayed(c.st.observation), 2) }),
  metric({ id: 'lastYear.fy', label: 'Last financial year', unit: 'text', scope: 'year', group: OUTCOMES, read: (c) => fyLabel(c.lastYear.year) }),
  metric({ id: 'lastYear.trustsInDeficit', label: 'Trusts in deficit in the last year', unit: 'count', scope: 'year', group: OUTCOMES, read: (c) => c.lastYear.inDeficit.length }),
  metric({ id: 'lastYear.trusts', label: 'Trusts in the last year', unit: 'count', scope: 'year', group: OUTCOMES, read: (c) => c.lastYear.trusts.length }),
  metric({
    id: 'lastYear.acuteShareOfTrustDeficits',
    label: 'Acute trusts\u2019 share of trust deficits in the last year',
    unit: 'share',
    scope: 'year',
    group: OUTCOMES,
    read: (c) => (c.lastYear.inDeficit.length ? round(c.lastYear.inDeficit.filter((r) => KIND_DESCRIPTORS[r.kind].acuteProvider).length / c.lastYear.inDeficit.length, 6) : 0),
  }),
  metric({ id: 'lastYear.trustResultShareOfIncome', label: 'Trusts\u2019 combined result as a share of their income, last year', unit: 'ratio', scope: 'year', group: OUTCOMES, read: (c) => (c.lastYear.income ? round(c.lastYear.result / c.lastYear.income, 6) : 0) }),
  metric({ id: 'lastYear.trustIncome', label: 'Trusts\u2019 income in the last year', unit: 'money', scope: 'year', group: OUTCOMES, read: (c) => round(c.lastYear.income, 2) }),
  metric({
    id: 'lastYear.trustUnderlyingShareOfIncome',
    label: 'Trusts\u2019 underlying (recurrent) result as a share of their income, last year',
    unit: 'ratio',
    scope: 'year',
    group: OUTCOMES,
    read: (c) => (c.lastYear.income ? round(c.lastYear.trusts.reduce((s, r) => s + r.underlying, 0) / c.lastYear.income, 6) : 0),
  }),
  metric({ id: 'lastYear.acuteResultShareOfIncome', label: 'Acute trusts\u2019 result as a share of their income, last year', unit: 'ratio', scope: 'year', group: OUTCOMES, read: (c) => resultShare(c.lastYear.trusts.filter((r) => KIND_DESCRIPTORS[r.kind].acuteProvider)) }),
  // By NHS region, only when the systems name regions (the family is then left out of the summary).
  metric({ id: 'lastYear.byRegion.*.trusts', label: ([region]) => `${region}: trusts, last year`, unit: 'count', scope: 'year', group: REGIONS, read: (c) => regions(c, (r) => r.trusts) }),
  metric({ id: 'lastYear.byRegion.*.trustsInDeficit', label: ([region]) => `${region}: trusts in deficit, last year`, unit: 'count', scope: 'year', group: REGIONS, read: (c) => regions(c, (r) => r.trustsInDeficit) }),
  metric({ id: 'lastYear.byRegion.*.trustResultShareOfIncome', label: ([region]) => `${region}: trusts\u2019 combined result as a share of their income, last year`, unit: 'ratio', scope: 'year', group: REGIONS, read: (c) => regions(c, (r) => r.trustResultShareOfIncome) }),
  metric({ id: 'loans.made', label: 'Loans between places made', unit: 'count', scope: 'run', group: LOANS, read: (c) => loans(c).length }),
  metric({ id: 'loans.repaid', label: 'Loans repaid', unit: 'count', scope: 'run', group: LOANS, read: (c) => countLoans(c, 'repaid') }),
  metric({ id: 'loans.defaulted', label: 'Loans defaulted', unit: 'count', scope: 'run', group: LOANS, read: (c) => countLoans(c, 'defaulted') }),
  metric({ id: 'loans.open', label: 'Loans still open', unit: 'count', scope: 'run', group: LOANS, read: (c) => countLoans(c, 'open') }),
  metric({ id: 'loans.principal', label: 'Money lent', unit: 'money', scope: 'run', group: LOANS, read: (c) => loans(c).reduce((a, l) => a + l.principal, 0) / 100 }),
  metric({ id: 'loans.outstanding', label: 'Money still owed', unit: 'money', scope: 'run', group: LOANS, read: (c) => loans(c).reduce((a, l) => a + (l.status === 'open' ? l.outstanding : 0), 0) / 100 }),
  metric({ id: 'loans.refused', label: 'Loans refused', unit: 'count', scope: 'run', group: LOANS, read: (c) => c.st.loanBook.refusals }),
  // Loans an officer would have made without approval but did not, weighing a breach's consequences (seed 000's trade-off: fewer breaches, fewer rescues).
  metric({ id: 'loans.notMadeForBreachRisk', label: 'Loans not made for fear of a breach', unit: 'count', scope: 'run', group: LOANS, read: (c) => c.st.loanBook.notMade }),
  metric({ id: 'loans.notMadeAmount', label: 'Money not lent for fear of a breach', unit: 'money', scope: 'run', group: LOANS, read: (c) => c.st.loanBook.notMadeAmount / 100 }),
  // General practice's executive (seed 004): who pays, the share of it funded in the last year, and what practices and the ICB paid over the run.
  metric({ id: 'executive.funding', label: 'Who funds the GP executive', unit: 'text', scope: 'run', group: GP, read: (c) => c.st.scenario.governance.gp.executive.funding }),
  metric({ id: 'executive.fundedShare', label: 'Share of the GP executive that was funded', unit: 'share', scope: 'year', group: GP, read: (c) => round(c.st.voice.executiveScale, 6) }),
  metric({ id: 'executive.paidByPractices', label: 'GP executive paid for by practices', unit: 'money', scope: 'run', group: GP, read: (c) => c.st.executive.paid.practices / 100 }),
  metric({ id: 'executive.paidByIcb', label: 'GP executive paid for by the ICB', unit: 'money', scope: 'run', group: GP, read: (c) => c.st.executive.paid.icb / 100 }),
  // Loans made without a needed ICB approval (docs/ODD.md §7.14a), and what proven breaches cost.
  metric({ id: 'accountabilityBreaches', label: 'Loans made without the ICB approval they needed', unit: 'count', scope: 'run', group: LOANS, read: (c) => c.st.loanBook.breaches }),
  metric({ id: 'breachConsequences.investigated', label: 'Breaches investigated', unit: 'count', scope: 'run', group: LOANS, read: (c) => cases(c).filter((x) => x.investigated).length }),
  metric({ id: 'breachConsequences.officersRemoved', label: 'Accountable officers removed after a breach', unit: 'count', scope: 'run', group: LOANS, read: (c) => cases(c).filter((x) => x.officerRemoved).length }),
  metric({ id: 'breachConsequences.delegationsSuspended', label: 'Delegations suspended after a breach', unit: 'count', scope: 'run', group: LOANS, read: (c) => cases(c).filter((x) => x.delegationSuspended > 0).length }),
  metric({ id: 'breachConsequences.penalties', label: 'Penalties paid after breaches', unit: 'money', scope: 'run', group: LOANS, read: (c) => cases(c).reduce((a, x) => a + x.penalty, 0) / 100 }),
  metric({ id: 'interventions', label: 'Interventions after repeated deficits', unit: 'count', scope: 'year', group: LOANS, read: (c) => c.st.interventions.length }),
  metric({ id: 'leaderChanges', label: 'Changes of place board leader', unit: 'count', scope: 'run', group: BOARDS, read: (c) => c.st.world.places.reduce((a, p) => a + p.leaderChanges, 0) }),
  metric({ id: 'events', label: 'Events that started (e.g. winter surges)', unit: 'count', scope: 'run', group: FLOW, read: (c) => c.st.events.filter((e) => e.start < c.st.month).length }),
  // Moves year by year when devolution is contested.
  metric({ id: 'delegatedShare', label: 'Share of the budget delegated to places (last year)', unit: 'share', scope: 'year', group: BOARDS, read: (c) => round(c.st.shareByYear[c.st.shareByYear.length - 1] ?? 0, 6) }),
] as const;

/** Any entry of the registry. */
export type AnyMetric = (typeof METRICS)[number];

/** The entry whose id matches a flattened summary path (e.g. `outcomes.byKind.acute.deficit`), with the keys its `*`s stand for. */
export function findMetric(path: string): { metric: Metric; keys: string[] } | undefined {
  const parts = path.split('.');
  for (const m of METRICS as readonly Metric[]) {
    const ids = m.id.split('.');
    if (ids.length !== parts.length) continue;
    const keys: string[] = [];
    if (ids.every((p, i) => (p === '*' ? (keys.push(parts[i]!), true) : p === parts[i]))) return { metric: m, keys };
  }
  return undefined;
}

/** A metric's plain label for a flattened summary path (the path itself when no entry matches). */
export function metricLabelText(path: string): string {
  const found = findMetric(path);
  if (!found) return path;
  const { label } = found.metric;
  return typeof label === 'string' ? label : label(found.keys);
}

/** The value an entry places at its path: a family's nested records become the summary's nested objects. */
type Placed<P extends string, V> = P extends `*.${infer R}`
  ? { [K in keyof V]: Placed<R, V[K]> }
  : P extends '*'
    ? V
    : P extends `${infer H}.${infer R}`
      ? R extends `*${string}`
        ? undefined extends V
          ? { [K in H]?: Placed<R, NonNullable<V>> }
          : { [K in H]: Placed<R, V> }
        : { [K in H]: Placed<R, V> }
      : { [K in P]: V };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The summary's type from registry entries: each entry's value at its path. */
export type SummaryOf<M> = UnionToIntersection<M extends Metric<infer I, infer V> ? Placed<I, V> : never>;
