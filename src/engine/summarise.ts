/**
 * The headline figures of a run (docs/ODD.md §5.3): outcome counts by kind and
 * year, the ledger's totals, the system balance and delayed discharges.
 */
import { fyLabel } from './calendar.ts';
import type { Ledger } from './ledger.ts';
import { meanDelayed, meanDelayedShare } from './collector.ts';
import type { ObservationState, RunState } from './runState.ts';
import { KIND_DESCRIPTORS, ORG_KINDS, TRUST_KINDS, type OrgKind } from './orgKinds.ts';
import type { OutcomeCounts, Summary, YearRow } from './result.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';
import type { DecisionRecord } from './boards/planningRound.ts';

/**
 * Every rule a decision can be adopted by, listed in each summary even at 0, so that flat rows (a sweep's
 * CSV columns, fixed by its first row) have the same columns whichever rules a run happened to use.
 */
const ADOPTED_RULES = ['consensus', 'executive', 'majority', 'statusQuo'] as const;

/** GP's influence, success and luck, budget-weighted. */
export interface GpPower {
  gpInfluence: number | null;
  gpSuccess: number | null;
  gpLuck: number | null;
}

/** Accumulates budget-weighted means of GP's power measures. */
class PowerSum {
  w = 0;
  inf = 0;
  suc = 0;
  luck = 0;
  add(d: DecisionRecord): void {
    // Not measured (the replay was switched off).
    if (Number.isNaN(d.gpInfluence)) return;
    this.w += d.envelope;
    this.inf += d.envelope * d.gpInfluence;
    this.suc += d.envelope * d.gpSuccess;
    this.luck += d.envelope * d.gpLuck;
  }
  value(): GpPower {
    const m = (v: number) => (this.w > 0 ? round(v / this.w, 6) : null);
    return { gpInfluence: m(this.inf), gpSuccess: m(this.suc), gpLuck: m(this.luck) };
  }
}

/** Budget-weighted GP power, bloc shares and rules over a set of decisions. */
function governanceSummary(decisions: DecisionRecord[]) {
  const all = new PowerSum();
  let w = 0;
  const blocs: Record<string, number> = {};
  const rules: Record<string, number> = {};
  const byYear = new Map<number, { power: PowerSum; rules: Record<string, number> }>();
  const byScope = new Map<string, PowerSum>();
  if (decisions.length) for (const r of ADOPTED_RULES) rules[r] = 0;
  for (const d of decisions) {
    rules[d.rule] = (rules[d.rule] ?? 0) + 1;
    let y = byYear.get(d.year);
    if (!y) byYear.set(d.year, (y = { power: new PowerSum(), rules: Object.fromEntries(ADOPTED_RULES.map((r) => [r, 0])) }));
    y.rules[d.rule] = (y.rules[d.rule] ?? 0) + 1;
    if (d.envelope <= 0) continue;
    w += d.envelope;
    all.add(d);
    y.power.add(d);
    let sc = byScope.get(d.scope);
    if (!sc) byScope.set(d.scope, (sc = new PowerSum()));
    sc.add(d);
    for (const [b, v] of Object.entries(d.blocShares)) blocs[b] = (blocs[b] ?? 0) + d.envelope * v;
  }
  return {
    ...all.value(),
    gpPowerByScope: Object.fromEntries([...byScope.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.value()])),
    blocShares: Object.fromEntries(Object.entries(blocs).sort().map(([b, v]) => [b, round(v / w, 6)])),
    decisionsByRule: Object.fromEntries(Object.entries(rules).sort()),
    byYear,
  };
}

const zero = (): OutcomeCounts => ({ surplus: 0, breakeven: 0, deficit: 0 });
const trustKinds = new Set<string>(TRUST_KINDS);

/** The summary of a run so far: its accounts, governance, finance rules and delegated shares. */
export function summarise(st: RunState): Summary {
  const sum = { ...summariseAccounts(st.scenario, st.world, st.ledger, st.years, st.observation, st.decisions), ...financeSummary(st) };
  const start = st.scenario.startYear;
  for (const [y, v] of Object.entries(sum.yearly)) {
    v.delegatedShare = round(st.shareByYear[Number(y) - start] ?? 0, 6);
    const e = st.executive.byYear[Number(y) - start];
    v.executive = { fundedShare: round(e?.fundedShare ?? 0, 6), paidByPractices: (e?.practices ?? 0) / 100, paidByIcb: (e?.icb ?? 0) / 100 };
  }
  return { ...sum, delegatedShare: round(st.shareByYear[st.shareByYear.length - 1] ?? 0, 6) };
}

/** Loan, breach, executive, intervention and event counts. */
function financeSummary(st: RunState) {
  const loans = st.loanBook.loans;
  const cases = st.loanBook.cases;
  const count = (status: string) => loans.filter((l) => l.status === status).length;
  return {
    loans: {
      made: loans.length,
      repaid: count('repaid'),
      defaulted: count('defaulted'),
      open: count('open'),
      principal: loans.reduce((a, l) => a + l.principal, 0) / 100,
      outstanding: loans.reduce((a, l) => a + (l.status === 'open' ? l.outstanding : 0), 0) / 100,
      refused: st.loanBook.refusals,
      notMadeForBreachRisk: st.loanBook.notMade,
      notMadeAmount: st.loanBook.notMadeAmount / 100,
    },
    executive: {
      funding: st.scenario.governance.gp.executive.funding,
      fundedShare: round(st.voice.executiveScale, 6),
      paidByPractices: st.executive.paid.practices / 100,
      paidByIcb: st.executive.paid.icb / 100,
    },
    accountabilityBreaches: st.loanBook.breaches,
    breachConsequences: {
      investigated: cases.filter((c) => c.investigated).length,
      officersRemoved: cases.filter((c) => c.officerRemoved).length,
      delegationsSuspended: cases.filter((c) => c.delegationSuspended > 0).length,
      penalties: cases.reduce((a, c) => a + c.penalty, 0) / 100,
    },
    interventions: st.interventions.length,
    leaderChanges: st.world.places.reduce((a, p) => a + p.leaderChanges, 0),
    events: st.events.filter((e) => e.start < st.month).length,
  };
}

/** Outcome counts, governance and the ledger's totals from the year table, the ledger and the collected series. */
function summariseAccounts(scenario: Scenario, world: World, ledger: Ledger, years: YearRow[], observation: ObservationState, decisions: DecisionRecord[]): Omit<Summary, 'loans' | 'accountabilityBreaches' | 'breachConsequences' | 'executive' | 'interventions' | 'leaderChanges' | 'events' | 'delegatedShare'> {
  const total = zero();
  const byKind = Object.fromEntries(ORG_KINDS.map((k) => [k, zero()])) as Record<OrgKind, OutcomeCounts>;
  const byYearMap = new Map<number, OutcomeCounts>();
  const byYearKind = new Map<number, Partial<Record<OrgKind, OutcomeCounts>>>();
  for (const r of years) {
    if (r.outcome === 'none') continue;
    total[r.outcome]++;
    byKind[r.kind][r.outcome]++;
    let y = byYearMap.get(r.year);
    if (!y) byYearMap.set(r.year, (y = zero()));
    y[r.outcome]++;
    let yk = byYearKind.get(r.year);
    if (!yk) byYearKind.set(r.year, (yk = {}));
    (yk[r.kind] ??= zero())[r.outcome]++;
  }
  const lastYear = years.length ? years[years.length - 1]!.year : scenario.startYear;
  const last = years.filter((r) => r.year === lastYear && trustKinds.has(r.kind));
  const inDeficit = last.filter((r) => r.outcome === 'deficit');
  const income = last.reduce((s, r) => s + r.income, 0);
  const result = last.reduce((s, r) => s + r.result, 0);
  const ext = ledger.externalTotals();
  let balance = 0;
  for (let i = 0; i < world.orgs.length; i++) balance += ledger.balances[i]!;
  // The same per-year figures keyed by year, so that flat tables (sweep rows) get one column per year.
  const { byYear: govByYear, ...gov } = governanceSummary(decisions);
  const yearly: Summary['yearly'] = {};
  for (const [year, y] of byYearMap) {
    const g = govByYear.get(year);
    const power = g ? g.power.value() : { gpInfluence: null, gpSuccess: null, gpLuck: null };
    const total = g ? Object.values(g.rules).reduce((a, b) => a + b, 0) : 0;
    const ruleShares = g ? Object.fromEntries(Object.entries(g.rules).sort().map(([r, n]) => [r, round(n / total, 6)])) : {};
    yearly[String(year)] = { surplus: y.surplus, breakeven: y.breakeven, deficit: y.deficit, ...power, decisionsByRule: ruleShares, delegatedShare: 0, executive: { fundedShare: 0, paidByPractices: 0, paidByIcb: 0 }, byKind: byYearKind.get(year) ?? {} };
  }
  const mean = (sum: number) => (observation.months ? round(sum / observation.months, 6) : 0);
  return {
    outcomes: { ...total, byKind },
    ...gov,
    yearly,
    gpAttendance: mean(observation.attendanceSum),
    gpCohesion: mean(observation.cohesionSum),
    mandateGap: mean(observation.mandateGapSum),
    ledger: {
      conserved: balance === ext.inflow - ext.outflow,
      transfers: ledger.total,
      inflow: ext.inflow / 100,
      outflow: ext.outflow / 100,
    },
    systemBalance: balance / 100,
    delayedDischargeShare: round(meanDelayedShare(observation), 6),
    delayedDischarges: round(meanDelayed(observation), 2),
    lastYear: {
      fy: fyLabel(lastYear),
      trustsInDeficit: inDeficit.length,
      trusts: last.length,
      acuteShareOfTrustDeficits: inDeficit.length ? round(inDeficit.filter((r) => KIND_DESCRIPTORS[r.kind].acuteProvider).length / inDeficit.length, 6) : 0,
      trustResultShareOfIncome: income ? round(result / income, 6) : 0,
      trustIncome: round(income, 2),
      trustUnderlyingShareOfIncome: income ? round(last.reduce((s, r) => s + r.underlying, 0) / income, 6) : 0,
      acuteResultShareOfIncome: share(last.filter((r) => KIND_DESCRIPTORS[r.kind].acuteProvider)),
      ...(world.systems.some((x) => x.region) ? { byRegion: byRegion(world, last) } : {}),
    },
  };
}

/** The last year's trusts by their system's region. */
function byRegion(world: World, rows: YearRow[]): Record<string, { trusts: number; trustsInDeficit: number; trustResultShareOfIncome: number }> {
  const regionOf = new Map(world.orgs.map((o) => [o.id, world.systems[o.system]?.region || '(none)']));
  const groups = new Map<string, YearRow[]>();
  for (const r of rows) {
    const k = regionOf.get(r.org) ?? '(none)';
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  }
  return Object.fromEntries(
    [...groups].map(([k, g]) => [k, { trusts: g.length, trustsInDeficit: g.filter((r) => r.outcome === 'deficit').length, trustResultShareOfIncome: share(g) }]),
  );
}

/** Aggregate result of some year rows as a share of their income. */
function share(rows: YearRow[]): number {
  const income = rows.reduce((s, r) => s + r.income, 0);
  return income ? round(rows.reduce((s, r) => s + r.result, 0) / income, 6) : 0;
}

function round(v: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(v * f) / f;
}
