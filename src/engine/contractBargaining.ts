/**
 * Commissioner-provider contracts ("sensitising providers", docs/ODD.md §7.5;
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
import { isTrust } from './orgKinds.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

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
 *
 * A commissioner cannot concede money it does not have: the rises it agrees
 * across all its contracts are paid from what it holds uncommitted (its
 * contingency reserve) plus the planned overspend it will accept,
 * `governance.contracts.commissionerHeadroom` of its contract offers. When
 * the providers' claims exceed that, every rise is scaled down in proportion
 * and the rest of each provider's gap stays with the provider as a planned
 * deficit. Without this bound a provider whose costs far exceed its income
 * would be handed its whole cost by a commissioner with a fraction of it.
 * @param offers pre-bargaining offers per organisation ({@link contractOffers})
 * @param forecastRatio a provider's planned cost over its planned income
 * @param reserve pence each organisation holds uncommitted when it commissions (0 for most)
 */
export function bargainContracts(
  s: Scenario,
  w: World,
  contracts: Contract[],
  offers: Float64Array,
  forecastRatio: (org: number) => number,
  reserve: (org: number) => number = () => 0,
): void {
  if (!s.governance.contracts.bargaining) return;
  const commissionerTotal = new Float64Array(w.orgs.length);
  const committed = new Float64Array(w.orgs.length);
  for (const c of contracts) {
    if (c.commissioner < 0) continue;
    committed[c.commissioner]! += c.annual;
    if (isTrust(w.orgs[c.provider]!.kind)) commissionerTotal[c.commissioner]! += c.annual;
  }
  const bargained = (c: Contract) => isTrust(w.orgs[c.provider]!.kind) && c.commissioner >= 0 && c.commissioner !== c.provider && c.annual > 0;
  // First the agreement each pair would reach on its own, then the commissioner's limit on its rises.
  const wanted = new Float64Array(contracts.length);
  const rises = new Float64Array(w.orgs.length);
  contracts.forEach((c, i) => {
    if (!bargained(c)) return;
    const forecast = c.annual * forecastRatio(c.provider);
    const dc = c.annual / commissionerTotal[c.commissioner]!;
    const dp = c.annual / offers[c.provider]!;
    wanted[i] = providerWeight(dc, dp) * (forecast - c.annual);
    if (wanted[i]! > 0) rises[c.commissioner]! += wanted[i]!;
  });
  const scale = Float64Array.from(rises, (r, org) => {
    if (r <= 0) return 1;
    const room = Math.max(0, reserve(org) + s.governance.contracts.commissionerHeadroom * committed[org]!);
    return Math.min(1, room / r);
  });
  contracts.forEach((c, i) => {
    if (!bargained(c)) return;
    const agreed = Math.round(c.annual + (wanted[i]! > 0 ? wanted[i]! * scale[c.commissioner]! : wanted[i]!));
    const f = agreed / c.annual;
    let sum = 0;
    for (let l = 0; l < c.byLine.length; l++) {
      c.byLine[l] = Math.round(c.byLine[l]! * f);
      sum += c.byLine[l]!;
    }
    c.annual = sum;
  });
}
