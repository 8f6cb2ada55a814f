/**
 * Year end (docs/ODD.md §3 step 11 and §7.15): accounts close; each organisation's
 * result is surplus, break-even or deficit against a tolerance band, and its
 * underlying position is the result without one-off money (loans, pooling,
 * backstop) and non-recurrent savings; a provider's negative balance becomes
 * debt that next year's savings plan must also repay; morale recovers part
 * of its gap each year.
 */
import { fyLabel } from './calendar.ts';
import type { Ledger } from './ledger.ts';
import { KIND_DESCRIPTORS } from './orgKinds.ts';
import type { Outcome, YearRow } from './runRecords.ts';
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
      underlying: pounds(result - ledger.yearOneOff[o.index]! - o.savingsNonRecurrent),
      savingsPlanned: pounds(o.savingsPlan),
      savingsDelivered: pounds(o.savingsRecurrent + o.savingsNonRecurrent),
      outcome,
    });
    o.deficitYears = outcome === 'deficit' ? o.deficitYears + 1 : 0;
    if (income > 0) o.underlyingShare = (result - ledger.yearOneOff[o.index]! - o.savingsNonRecurrent) / income;
    // Morale drifts back towards normal (next year's savings programme is planned in April).
    o.morale += (1 - o.morale) * f.moraleRecovery;
    // A negative balance is cash borrowed (revenue support is cash, not income), repaid over years.
    o.debt = balance < 0 && !KIND_DESCRIPTORS[o.kind].commissioner ? (-balance * f.carryForward) / f.repaymentYears : 0;
  }
}
