/**
 * Year-end financial rules (docs/ODD.md §7.14):
 * - autonomous: each organisation carries its own result;
 * - linked: places with a budget pool their year's results pro rata to
 *   their income (surplus places pay deficit places until every place has
 *   the same result as a share of income);
 * - icbBackstop: the ICB tops up deficits of places and trusts (the kinds
 *   whose descriptor has `backstop`) from its reserve (its own balance) to
 *   break-even, and recovers each top-up from the organisation over the
 *   following years.
 * All through the ledger, authorised by the ICB.
 */
import type { Ledger } from './ledger.ts';
import { KIND_DESCRIPTORS } from './orgKinds.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

/** A top-up being recovered. */
export interface Recovery {
  org: number;
  icb: number;
  /** Pence still to recover. */
  outstanding: number;
  /** Pence a month. */
  monthly: number;
  auth: number;
  /** Pence recovered in the current financial year (absent in checkpoints written before it was kept: none). */
  yearTaken?: number;
}

/** Pools places' results pro rata to income (linked finances). */
export function poolResults(w: World, L: Ledger, auth: (system: number) => number): number {
  let moved = 0;
  for (const sys of w.systems) {
    const places = sys.places.map((p) => w.places[p]!.org).filter((o) => L.yearIn[o]! > 0);
    if (places.length < 2) continue;
    const income = places.map((o) => L.yearIn[o]!);
    const result = places.map((o) => L.yearIn[o]! - L.yearOut[o]!);
    const totalIncome = income.reduce((a, b) => a + b, 0);
    const totalResult = result.reduce((a, b) => a + b, 0);
    // Each place's excess over its pro-rata share of the pooled result.
    const excess = places.map((_, i) => Math.round(result[i]! - (totalResult * income[i]!) / totalIncome));
    const payers = places.map((o, i) => ({ o, v: excess[i]! })).filter((x) => x.v > 0);
    const takers = places.map((o, i) => ({ o, v: -excess[i]! })).filter((x) => x.v > 0);
    const a = auth(sys.index);
    let i = 0;
    let j = 0;
    while (i < payers.length && j < takers.length) {
      const amount = Math.min(payers[i]!.v, takers[j]!.v);
      L.transfer(payers[i]!.o, takers[j]!.o, amount, 'pooling', a);
      moved += amount;
      payers[i]!.v -= amount;
      takers[j]!.v -= amount;
      if (payers[i]!.v <= 0) i++;
      if (takers[j]!.v <= 0) j++;
    }
  }
  return moved;
}

/** Tops up deficits from the ICB's reserve and schedules their recovery (icbBackstop). */
export function backstop(s: Scenario, w: World, L: Ledger, auth: (system: number) => number, recoveries: Recovery[]): number {
  let total = 0;
  const months = 12 * s.finance.backstopRecoveryYears;
  for (const sys of w.systems) {
    let reserve = L.balances[sys.icb]!;
    const a = auth(sys.index);
    const orgs = w.orgs.filter((o) => o.system === sys.index && KIND_DESCRIPTORS[o.kind].backstop).sort((x, y) => L.yearIn[x.index]! - L.yearOut[x.index]! - (L.yearIn[y.index]! - L.yearOut[y.index]!) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (const o of orgs) {
      const income = L.yearIn[o.index]!;
      const result = income - L.yearOut[o.index]!;
      if (income <= 0 || result >= -s.finance.toleranceBand * income || reserve <= 0) continue;
      const topUp = Math.min(-result, reserve);
      L.transfer(sys.icb, o.index, topUp, 'backstop', a);
      reserve -= topUp;
      total += topUp;
      recoveries.push({ org: o.index, icb: sys.icb, outstanding: topUp, monthly: Math.ceil(topUp / months), auth: a });
    }
  }
  return total;
}

/**
 * One month of backstop recoveries (organisation back to its ICB). The ICB recovers a top-up by holding
 * back what it pays the organisation, so it never takes more in a year than the organisation has received
 * that year: an organisation whose income has stopped (a place whose delegation ended) repays nothing
 * until it has income again.
 */
export function recover(L: Ledger, recoveries: Recovery[]): void {
  if (!recoveries.length) return;
  const april = L.month % 12 === 0;
  const taken = new Map<number, number>();
  for (const r of recoveries) {
    if (april) r.yearTaken = 0;
    taken.set(r.org, (taken.get(r.org) ?? 0) + (r.yearTaken ?? 0));
  }
  for (const r of recoveries) {
    if (r.outstanding <= 0) continue;
    const room = Math.floor(L.yearIn[r.org]! - taken.get(r.org)!);
    const amount = Math.min(r.monthly, r.outstanding, room);
    if (amount <= 0) continue;
    L.transfer(r.org, r.icb, amount, 'backstopRecovery', r.auth);
    r.outstanding -= amount;
    r.yearTaken = (r.yearTaken ?? 0) + amount;
    taken.set(r.org, taken.get(r.org)! + amount);
  }
}
