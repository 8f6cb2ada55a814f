/**
 * What the summary's metrics are read from (docs/ODD.md §5.3): the run state
 * and the aggregates several metrics share, each computed once per summary
 * (outcome counts by kind and year, GP's budget-weighted power, the last
 * year's trusts, the ledger's totals). Every metric of the registry
 * (metrics.ts) reads its value from these with its own `read`.
 */
import type { DecisionRecord } from './boards/planningRound.ts';
import { ORG_KINDS, TRUST_KINDS, type OrgKind } from './orgKinds.ts';
import type { OutcomeCounts, YearRow } from './runRecords.ts';
import type { RunState } from './runState.ts';

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

/** One financial year's governance: GP's power and each rule's share of its decisions. */
interface YearGovernance {
  power: GpPower;
  ruleShares: Record<string, number>;
}

/** The aggregates the summary's metrics read, with the state they come from. */
export interface SummaryInputs {
  st: RunState;
  /** Outcome counts over the run, by kind, by year and by year and kind (organisation-years with income). */
  outcomes: {
    total: OutcomeCounts;
    byKind: Record<OrgKind, OutcomeCounts>;
    byYear: Map<number, OutcomeCounts>;
    byYearKind: Map<number, Partial<Record<OrgKind, OutcomeCounts>>>;
  };
  /** Budget-weighted GP power over all decisions and by kind of board, bloc shares and decisions by rule. */
  gov: GpPower & { gpPowerByScope: Record<string, GpPower>; blocShares: Record<string, number>; decisionsByRule: Record<string, number> };
  /** Governance by financial year, for the years with year-end rows. */
  yearGov: (year: number) => YearGovernance;
  /** The last year's trusts: its year, their rows and those in deficit, their income and result (GBP). */
  lastYear: { year: number; trusts: YearRow[]; inDeficit: YearRow[]; income: number; result: number };
  /** Sum of all balances (pence) and the money in and out of the ledger (pence). */
  balance: number;
  external: { inflow: number; outflow: number };
}

const zero = (): OutcomeCounts => ({ surplus: 0, breakeven: 0, deficit: 0 });
const trustKinds = new Set<string>(TRUST_KINDS);

/** The aggregates of a run so far. */
export function summaryInputs(st: RunState): SummaryInputs {
  const total = zero();
  const byKind = Object.fromEntries(ORG_KINDS.map((k) => [k, zero()])) as Record<OrgKind, OutcomeCounts>;
  const byYear = new Map<number, OutcomeCounts>();
  const byYearKind = new Map<number, Partial<Record<OrgKind, OutcomeCounts>>>();
  for (const r of st.years) {
    if (r.outcome === 'none') continue;
    total[r.outcome]++;
    byKind[r.kind][r.outcome]++;
    let y = byYear.get(r.year);
    if (!y) byYear.set(r.year, (y = zero()));
    y[r.outcome]++;
    let yk = byYearKind.get(r.year);
    if (!yk) byYearKind.set(r.year, (yk = {}));
    (yk[r.kind] ??= zero())[r.outcome]++;
  }
  const lastYear = st.years.length ? st.years[st.years.length - 1]!.year : st.scenario.startYear;
  const trusts = st.years.filter((r) => r.year === lastYear && trustKinds.has(r.kind));
  let balance = 0;
  for (let i = 0; i < st.world.orgs.length; i++) balance += st.ledger.balances[i]!;
  const { byYear: govByYear, ...gov } = governanceSummary(st.decisions);
  return {
    st,
    outcomes: { total, byKind, byYear, byYearKind },
    gov,
    yearGov: (year) => {
      const g = govByYear.get(year);
      if (!g) return { power: { gpInfluence: null, gpSuccess: null, gpLuck: null }, ruleShares: {} };
      const n = Object.values(g.rules).reduce((a, b) => a + b, 0);
      return { power: g.power.value(), ruleShares: Object.fromEntries(Object.entries(g.rules).sort().map(([r, k]) => [r, round(k / n, 6)])) };
    },
    lastYear: {
      year: lastYear,
      trusts,
      inDeficit: trusts.filter((r) => r.outcome === 'deficit'),
      income: trusts.reduce((s, r) => s + r.income, 0),
      result: trusts.reduce((s, r) => s + r.result, 0),
    },
    balance,
    external: st.ledger.externalTotals(),
  };
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

/** `v` rounded to `dp` decimal places (as every summary metric is). */
export function round(v: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(v * f) / f;
}
