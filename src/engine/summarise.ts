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

const zero = (): OutcomeCounts => ({ surplus: 0, breakeven: 0, deficit: 0 });
const trustKinds = new Set<string>(TRUST_KINDS);

/** Builds the summary from the year table, the ledger and the observer. */
export function summarise(scenario: Scenario, world: World, ledger: Ledger, years: YearRow[], observer: Observer): Summary {
  const total = zero();
  const byKind = Object.fromEntries(ORG_KINDS.map((k) => [k, zero()])) as Record<OrgKind, OutcomeCounts>;
  const byYearMap = new Map<number, OutcomeCounts>();
  for (const r of years) {
    if (r.outcome === 'none') continue;
    total[r.outcome]++;
    byKind[r.kind][r.outcome]++;
    let y = byYearMap.get(r.year);
    if (!y) byYearMap.set(r.year, (y = zero()));
    y[r.outcome]++;
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
  return {
    outcomes: { ...total, byKind, byYear },
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
    },
  };
}

function round(v: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(v * f) / f;
}
