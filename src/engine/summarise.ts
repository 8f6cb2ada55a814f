/**
 * The headline figures of a run (MODEL.md §6): outcome counts by kind and
 * year, the ledger's totals, the system balance and delayed discharges.
 */
import { fyLabel } from './calendar.ts';
import type { Ledger } from './ledger.ts';
import type { Observer } from './observer.ts';
import { ORG_KINDS, TRUST_KINDS, type OrgKind } from './orgKinds.ts';
import type { OutcomeCounts, Summary, YearRow } from './result.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';
import type { DecisionRecord } from './boards/planningRound.ts';

/** Budget-weighted GP influence, bloc shares and rules over a set of decisions. */
function governanceSummary(decisions: DecisionRecord[]) {
  let w = 0;
  let inf = 0;
  const blocs: Record<string, number> = {};
  const rules: Record<string, number> = {};
  const byYear = new Map<number, { w: number; v: number; fy: string }>();
  for (const d of decisions) {
    rules[d.rule] = (rules[d.rule] ?? 0) + 1;
    if (d.envelope <= 0) continue;
    w += d.envelope;
    inf += d.envelope * d.gpInfluence;
    for (const [b, v] of Object.entries(d.blocShares)) blocs[b] = (blocs[b] ?? 0) + d.envelope * v;
    const y = byYear.get(d.year) ?? { w: 0, v: 0, fy: d.fy };
    y.w += d.envelope;
    y.v += d.envelope * d.gpInfluence;
    byYear.set(d.year, y);
  }
  return {
    gpInfluence: w > 0 ? round(inf / w, 6) : null,
    gpInfluenceByYear: [...byYear.entries()].map(([year, y]) => ({ year, fy: y.fy, gpInfluence: round(y.v / y.w, 6) })),
    blocShares: Object.fromEntries(Object.entries(blocs).sort().map(([b, v]) => [b, round(v / w, 6)])),
    decisionsByRule: Object.fromEntries(Object.entries(rules).sort()),
  };
}

const zero = (): OutcomeCounts => ({ surplus: 0, breakeven: 0, deficit: 0 });
const trustKinds = new Set<string>(TRUST_KINDS);

/** Builds the summary from the year table, the ledger and the observer. */
export function summarise(scenario: Scenario, world: World, ledger: Ledger, years: YearRow[], observer: Observer, decisions: DecisionRecord[]): Omit<Summary, 'loans' | 'accountabilityBreaches' | 'interventions' | 'events'> {
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
  const byYear = [...byYearMap.entries()].map(([year, c]) => ({ year, fy: fyLabel(year), ...c }));
  const lastYear = years.length ? years[years.length - 1]!.year : scenario.startYear;
  const last = years.filter((r) => r.year === lastYear && trustKinds.has(r.kind));
  const inDeficit = last.filter((r) => r.outcome === 'deficit');
  const income = last.reduce((s, r) => s + r.income, 0);
  const result = last.reduce((s, r) => s + r.result, 0);
  const ext = ledger.externalTotals();
  let balance = 0;
  for (let i = 0; i < world.orgs.length; i++) balance += ledger.balances[i]!;
  const series = observer.series();
  // The same per-year figures keyed by year, so that flat tables (sweep rows) get one column per year.
  const gov = governanceSummary(decisions);
  const yearly: Summary['yearly'] = {};
  for (const y of byYear) {
    const inf = gov.gpInfluenceByYear.find((g) => g.year === y.year);
    yearly[String(y.year)] = { surplus: y.surplus, breakeven: y.breakeven, deficit: y.deficit, gpInfluence: inf ? inf.gpInfluence : null, byKind: byYearKind.get(y.year) ?? {} };
  }
  const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 6) : 0);
  return {
    outcomes: { ...total, byKind, byYear },
    ...gov,
    yearly,
    gpAttendance: mean(series.gpAttendance),
    gpCohesion: mean(series.gpCohesion),
    mandateGap: mean(series.mandateGap),
    ledger: {
      conserved: balance === ext.inflow - ext.outflow,
      transfers: ledger.size,
      inflow: ext.inflow / 100,
      outflow: ext.outflow / 100,
    },
    systemBalance: balance / 100,
    delayedDischargeShare: round(observer.meanDelayedShare(), 6),
    delayedDischarges: round(observer.meanDelayed(), 2),
    lastYear: {
      fy: fyLabel(lastYear),
      trustsInDeficit: inDeficit.length,
      trusts: last.length,
      acuteShareOfTrustDeficits: inDeficit.length ? round(inDeficit.filter((r) => r.kind === 'acute' || r.kind === 'integrated').length / inDeficit.length, 6) : 0,
      trustResultShareOfIncome: income ? round(result / income, 6) : 0,
      trustIncome: round(income, 2),
      trustUnderlyingShareOfIncome: income ? round(last.reduce((s, r) => s + r.underlying, 0) / income, 6) : 0,
      acuteResultShareOfIncome: share(last.filter((r) => r.kind === 'acute' || r.kind === 'integrated')),
    },
  };
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
