/**
 * Commissioner-provider contracts ("sensitising providers", MODEL.md §4.4;
 * seed 000). A commissioner's offer is its budget for the provider; the
 * provider forecasts its cost. They split the gap by the two-party Nash
 * bargaining solution with transferable utility, whose closed form gives
 * each side the share of the surplus equal to its bargaining weight (Nash
 * 1950; Binmore, Rubinstein and Wolinsky 1986). Weights follow mutual
 * dependence: each side's power is how much the other depends on it. A place
 * buying a small share of a system-wide trust's activity depends on the
 * trust far more than the trust depends on it, so the trust's forecast wins.
 */
import type { Contract } from './contracts.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

const TRUSTS = new Set(['acute', 'community', 'mentalHealth', 'integrated']);

/** Provider's bargaining weight: D_c / (D_c + D_p). */
export function providerWeight(commissionerDependence: number, providerDependence: number): number {
  const s = commissionerDependence + providerDependence;
  return s > 0 ? commissionerDependence / s : 0.5;
}

/** Each organisation's contract income before bargaining (pence a year): the offers it plans on. */
export function contractOffers(w: World, contracts: Contract[]): Float64Array {
  const offers = new Float64Array(w.orgs.length);
  for (const c of contracts) offers[c.provider]! += c.annual;
  return offers;
}

/**
 * Adjusts trust contracts in place: each moves from the commissioner's
 * offer towards the provider's cost forecast for it (the offer times the
 * provider's planned cost over its planned income) by the provider's
 * bargaining weight.
 * @param offers pre-bargaining offers per organisation ({@link contractOffers})
 * @param forecastRatio a provider's planned cost over its planned income
 */
export function bargainContracts(s: Scenario, w: World, contracts: Contract[], offers: Float64Array, forecastRatio: (org: number) => number): void {
  if (!s.governance.contracts.bargaining) return;
  const commissionerTotal = new Float64Array(w.orgs.length);
  for (const c of contracts) if (TRUSTS.has(w.orgs[c.provider]!.kind)) commissionerTotal[c.commissioner]! += c.annual;
  for (const c of contracts) {
    const prov = w.orgs[c.provider]!;
    if (!TRUSTS.has(prov.kind) || c.commissioner === c.provider || c.annual <= 0) continue;
    const forecast = c.annual * forecastRatio(c.provider);
    const dc = c.annual / commissionerTotal[c.commissioner]!;
    const dp = c.annual / offers[c.provider]!;
    const agreed = Math.round(c.annual + providerWeight(dc, dp) * (forecast - c.annual));
    const f = agreed / c.annual;
    let sum = 0;
    for (let l = 0; l < c.byLine.length; l++) {
      c.byLine[l] = Math.round(c.byLine[l]! * f);
      sum += c.byLine[l]!;
    }
    c.annual = sum;
  }
}
