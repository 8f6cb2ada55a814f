/**
 * Tenure and turnover of place leaders (seed 000; docs/ODD.md §7.14a): each
 * April after the first, a place board's leader leaves with probability
 * 1 / `tenureYears` of its kind (appointed or elected), and the new one
 * brings less of what its kind gives general practice in its first year
 * (`turnoverLoss`). Drawn on each place's own `leaders` stream.
 */
import { openStream, uniform } from '../rng.ts';
import type { RunState } from '../runState.ts';

/** Draws this year's leader changes of every place. */
export function changeLeaders(st: RunState, year: number): void {
  const l = st.scenario.governance.leaders;
  const tenure = l.place.appointment === 'elected' ? l.tenureYears.elected : l.tenureYears.appointed;
  for (const p of st.world.places) {
    const rng = (st.streams.leaders[p.id] ??= openStream(st.seed, 'leaders', p.id));
    const draw = uniform(rng);
    p.leaderNew = year > 0 && draw < 1 / tenure;
    if (p.leaderNew) p.leaderChanges++;
  }
}
