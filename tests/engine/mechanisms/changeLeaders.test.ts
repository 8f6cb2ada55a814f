/**
 * changeLeaders (src/engine/mechanisms/changeLeaders.ts, in the planning
 * round): each April after the first, a place's leader leaves with
 * probability 1 / tenure of its kind, drawn on the place's own `leaders`
 * stream (by hand, replaying the stream); the first year draws but changes
 * no one.
 */
import { describe, expect, it } from 'vitest';
import { openStream, uniform } from '../../../src/engine/rng.ts';
import { planParts } from '../../helpers/mechanismCall.ts';
import { smallState } from '../../helpers/smallState.ts';

describe('changeLeaders', () => {
  it('changes no leader in the first year, but draws once per place', () => {
    const st = smallState({ 'governance.leaders.tenureYears.appointed': 1 });
    planParts.changeLeaders(st, 0);
    expect(st.world.places.map((p) => [p.leaderNew, p.leaderChanges])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    const replay = openStream(st.seed, 'leaders', 'sys:north');
    uniform(replay);
    expect(st.streams.leaders['sys:north']).toEqual(replay);
  });

  it('replaces a leader when the place’s draw falls below 1 / tenure (by hand)', () => {
    for (const tenure of [1.5, 3, 8]) {
      const st = smallState({ 'governance.leaders.tenureYears.appointed': tenure });
      const draws = st.world.places.map((p) => {
        const r = openStream(st.seed, 'leaders', p.id);
        return [uniform(r), uniform(r), uniform(r)];
      });
      for (let year = 0; year < 3; year++) {
        planParts.changeLeaders(st, year);
        st.world.places.forEach((p, i) => expect(p.leaderNew, `${p.id} year ${year} tenure ${tenure}`).toBe(year > 0 && draws[i]![year]! < 1 / tenure));
      }
      st.world.places.forEach((p, i) => expect(p.leaderChanges).toBe(draws[i]!.slice(1).filter((d) => d < 1 / tenure).length));
    }
  });

  it('uses the elected tenure when place leaders are elected', () => {
    // An elected leader stays a year (always leaves), an appointed one 15 years.
    const tenures = { 'governance.leaders.tenureYears.elected': 1, 'governance.leaders.tenureYears.appointed': 15 };
    const second = (appointment: string) => {
      const st = smallState({ 'governance.leaders.place.appointment': appointment, ...tenures });
      planParts.changeLeaders(st, 0);
      planParts.changeLeaders(st, 1);
      return st.world.places.map((p) => p.leaderNew);
    };
    expect(second('elected')).toEqual([true, true]);
    const st = smallState(tenures);
    const byHand = st.world.places.map((p) => {
      const r = openStream(st.seed, 'leaders', p.id);
      uniform(r);
      return uniform(r) < 1 / 15;
    });
    expect(second('appointed')).toEqual(byHand);
  });
});
