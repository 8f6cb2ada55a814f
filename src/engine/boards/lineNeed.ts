/**
 * Each line's need in a planning round (docs/ODD.md §7.12, §7.4): the budget
 * that keeps the line's services going at this year's demand and cost, less
 * the savings its providers can deliver, as a multiple of last year's
 * allocation in cash. For the providers of a line in the board's scope:
 *
 *   need = input-price growth x (1 + activityCostElasticity x demand growth)
 *          x (1 - last year's underlying position) x (1 - deliverable savings)
 *
 * where deliverable savings are `savingsDelivery x savingsCapacity` (what a
 * plan of the achievable size delivers), and the underlying position is the
 * providers' recurrent result last year (a provider whose
 * recurrent cost exceeded its income needs that much more to stand still).
 * Prescribing has no provider: its need grows with general inflation and its
 * demand. Consensus bargains from these needs, and fails when the envelope
 * cannot cover them (negotiate.ts).
 */
import { LINE_COUNT, LINES } from '../lines.ts';
import type { ProviderKind } from '../orgKinds.ts';
import { inputPriceGrowth, isProvider } from '../providerFinance.ts';
import { valueIn } from '../yearly.ts';
import type { Scenario } from '../scenarioSchema.ts';
import type { World } from '../world.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

/** The providers of each line for a set of places (org indices, with repeats removed). */
function providersByLine(w: World, places: readonly number[]): number[][] {
  const out: Array<Set<number>> = LINES.map(() => new Set<number>());
  for (const p of places) {
    const pl = w.places[p]!;
    out[LI.acute]!.add(pl.acute);
    if (pl.acuteShift.to >= 0) out[LI.acute]!.add(pl.acuteShift.to);
    out[LI.community]!.add(pl.community);
    out[LI.mentalHealth]!.add(pl.mentalHealth);
    for (const pr of pl.practices) out[LI.primaryCare]!.add(w.practices[pr]!.org);
    out[LI.socialCare]!.add(pl.council);
    out[LI.prevention]!.add(pl.council);
  }
  return out.map((set) => [...set]);
}

/**
 * Need multipliers per line (LINES order) for a board whose scope is
 * `places`: multiply last year's cash allocation of each line by these.
 */
export function lineNeedMultipliers(s: Scenario, w: World, places: readonly number[], year: number): Float64Array {
  const f = s.finance;
  const deliverable = f.savingsDelivery * f.savingsCapacity;
  const e = s.costs.activityCostElasticity;
  const providers = providersByLine(w, places);
  const out = new Float64Array(LINE_COUNT);
  for (let l = 0; l < LINE_COUNT; l++) {
    const growth = valueIn(s.demand.growth[LINES[l]!], s.startYear, year);
    const demand = 1 + e * growth;
    const orgs = providers[l]!.filter((o) => isProvider(w.orgs[o]!.kind));
    if (!orgs.length) {
      // Prescribing (no provider): prices rise with general inflation and volume with its demand.
      out[l] = (1 + valueIn(s.costs.inflation, s.startYear, year)) * (1 + growth);
      continue;
    }
    // Weight providers equally by kind mix: a line's providers are usually of one kind.
    let price = 0;
    let gap = 0;
    for (const o of orgs) {
      const org = w.orgs[o]!;
      price += inputPriceGrowth(s, org.kind as ProviderKind, year);
      gap += org.underlyingShare;
    }
    price /= orgs.length;
    gap /= orgs.length;
    out[l] = price * demand * (1 - gap) * (1 - deliverable);
  }
  return out;
}
