/**
 * Year end (MODEL.md §3 step 8 and §4.6): accounts close; each organisation's
 * result is surplus, break-even or deficit against a tolerance band; a
 * negative balance must be repaid through next year's savings programme,
 * which is limited by capacity and lowers morale; morale recovers part of
 * its gap each year.
 */
import { fyLabel } from './calendar.ts';
import type { Ledger } from './ledger.ts';
import type { Outcome, YearRow } from './result.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

const pounds = (pence: number) => Math.round(pence) / 100;

/** Classifies a result against the tolerance band. */
export function classify(income: number, result: number, tolerance: number): Outcome {
  if (income <= 0) return result < 0 ? 'deficit' : 'none';
  if (result > tolerance * income) return 'surplus';
  if (result < -tolerance * income) return 'deficit';
  return 'breakeven';
}

/** Closes financial year `year`, appending one row per organisation to `rows`. */
export function closeYear(scenario: Scenario, world: World, ledger: Ledger, year: number, rows: YearRow[]): void {
  const f = scenario.finance;
  const fy = fyLabel(scenario.startYear + year);
  for (const o of world.orgs) {
    const income = ledger.yearIn[o.index]!;
    const spend = ledger.yearOut[o.index]!;
    const result = income - spend;
    const balance = ledger.balances[o.index]!;
    const outcome = classify(income, result, f.toleranceBand);
    rows.push({
      year: scenario.startYear + year,
      fy,
      org: o.id,
      kind: o.kind,
      place: o.place >= 0 ? world.places[o.place]!.id : '',
      income: pounds(income),
      spend: pounds(spend),
      result: pounds(result),
      balance: pounds(balance),
      outcome,
    });
    o.deficitYears = outcome === 'deficit' ? o.deficitYears + 1 : 0;
    // Morale drifts back towards normal, then this year's savings programme is set.
    o.morale += (1 - o.morale) * f.moraleRecovery;
    if (o.kind === 'icb' || o.kind === 'place') {
      o.savingsTarget = 0;
      continue;
    }
    o.debt = balance < 0 ? -balance * f.carryForward : 0;
    const capacity = f.savingsCapacity * spend;
    o.savingsTarget = Math.min(o.debt, capacity);
    if (capacity > 0 && o.savingsTarget > 0) o.morale = Math.max(0, o.morale - f.moraleHit * (o.savingsTarget / capacity));
  }
}
