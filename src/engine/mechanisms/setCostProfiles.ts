/**
 * Which lines and places each organisation serves (docs/ODD.md §7.4), set in the
 * first planning round with first-year values as activity weights; also the
 * first year's prescribing budgets, against which prescribing costs grow.
 */
import { LINES } from '../lines.ts';
import type { RunState } from '../runState.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

/** Sets every organisation's cost profile from the first year's budgets. */
export function setCostProfiles(st: RunState, budgets: Float64Array[]): void {
  const w = st.world;
  for (const p of w.places) {
    const b = budgets[p.index]!;
    // At the prices of the year before the run, which payMonth grows by the price index.
    st.prescribingBase[p.index] = st.prescribing[p.index]! / st.price;
    const serve = (org: number, line: number, weight: number) => {
      const prof = st.profiles[org]!;
      prof.served.push({ place: p.index, line, weight });
      prof.weightSum += weight;
    };
    serve(p.acute, LI.acute, b[LI.acute]!);
    serve(p.community, LI.community, b[LI.community]!);
    serve(p.mentalHealth, LI.mentalHealth, b[LI.mentalHealth]!);
    serve(p.council, LI.socialCare, b[LI.socialCare]! + (st.councilFunding[p.council]! * p.population) / st.councilPopulation[p.council]!);
    serve(p.council, LI.prevention, b[LI.prevention]!);
    for (const pi of p.practices) serve(w.practices[pi]!.org, LI.primaryCare, 1);
  }
}
