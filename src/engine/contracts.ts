/**
 * Turning an allocation into contracts: each commissioner pays, for each of
 * its places, the providers of each line (docs/ODD.md §3 step 4 and §7.5).
 * Acute, community and mental health lines go to the place's trusts; primary
 * care to its practices by list; social care (section 75) and prevention to
 * its council; prescribing is kept by the commissioner, who pays suppliers.
 */
import { splitPence } from './splitPence.ts';
import { LINE_COUNT, LINES } from './lines.ts';
import type { World } from './world.ts';

/** One commissioner-provider agreement for a year. */
export interface Contract {
  commissioner: number;
  provider: number;
  /** Annual value per line, pence (whole). */
  byLine: Float64Array;
  /** Annual value, pence (whole). */
  annual: number;
  /** Ledger authorisation for its payments. */
  auth: number;
}

/** Budgets by line for one place and one year, pence. */
export type PlaceBudget = Float64Array;

const L = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

/**
 * Builds contracts from per-place line budgets.
 * @param budgets budget per place (index = place), LINE_COUNT values each, pence
 * @param commissionerOf org index paying for each place
 * @param authOf ledger authorisation for a commissioner's contracts
 * @returns contracts (merged per commissioner-provider pair) and the prescribing budget each place keeps
 */
export function buildContracts(
  world: World,
  budgets: PlaceBudget[],
  commissionerOf: (place: number) => number,
  authOf: (commissioner: number) => number,
): { contracts: Contract[]; prescribing: Float64Array } {
  const byPair = new Map<number, Contract>();
  const nOrg = world.orgs.length;
  const add = (commissioner: number, provider: number, line: number, pence: number) => {
    if (pence <= 0) return;
    const key = commissioner * nOrg + provider;
    let c = byPair.get(key);
    if (!c) {
      c = { commissioner, provider, byLine: new Float64Array(LINE_COUNT), annual: 0, auth: authOf(commissioner) };
      byPair.set(key, c);
    }
    c.byLine[line]! += pence;
    c.annual += pence;
  };
  const prescribing = new Float64Array(world.places.length);
  for (const place of world.places) {
    const b = budgets[place.index]!;
    const com = commissionerOf(place.index);
    // After a hospital closure, commissioners follow the patients to the other trust.
    const shifted = place.acuteShift.to >= 0 ? Math.round(b[L.acute]! * place.acuteShift.share) : 0;
    add(com, place.acute, L.acute, Math.round(b[L.acute]!) - shifted);
    if (shifted > 0) add(com, place.acuteShift.to, L.acute, shifted);
    add(com, place.community, L.community, Math.round(b[L.community]!));
    add(com, place.mentalHealth, L.mentalHealth, Math.round(b[L.mentalHealth]!));
    add(com, place.council, L.socialCare, Math.round(b[L.socialCare]!));
    add(com, place.council, L.prevention, Math.round(b[L.prevention]!));
    prescribing[place.index] = Math.round(b[L.prescribing]!);
    // Capitation: split by list, the rounding remainder on the practice whose id sorts last (splitPence).
    const parts = splitPence(
      Math.round(b[L.primaryCare]!),
      place.practices.map((pi) => world.practices[pi]!.list),
      place.practices.map((pi) => world.orgs[world.practices[pi]!.org]!.id),
    );
    place.practices.forEach((pi, k) => add(com, world.practices[pi]!.org, L.primaryCare, parts[k]!));
  }
  return { contracts: [...byPair.values()], prescribing };
}

/** The part of an annual amount paid in a month: twelfths, with the remainder in March. */
export function monthlyInstalment(annual: number, monthOfYear: number): number {
  const twelfth = Math.floor(annual / 12);
  return monthOfYear === 11 ? annual - twelfth * 11 : twelfth;
}
