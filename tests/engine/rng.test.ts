/**
 * Plain-data random streams (rng.ts): `uniform` on the four numbers of an
 * Alea state draws exactly what seedrandom's generator from the same seed
 * draws, so moving the run's streams into plain data changed no result.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { lognormal, openStream, stream, uniform } from '../../src/engine/rng.ts';

describe('plain-data random streams', () => {
  it.each(['1', 42, 'england:north-west'])('seed %s: 10,000 uniform draws equal seedrandom.alea bit for bit', (seed) => {
    const plain = openStream(seed, 'demand', 'place-1');
    const fn = stream(seed, 'demand', 'place-1');
    const reference = seedrandom.alea(`icsim|${seed}|demand|place-1`);
    for (let i = 0; i < 10_000; i++) {
      const u = uniform(plain);
      expect(u).toBe(fn());
      if (i % 97 === 0) expect(u).toBe(reference());
      else reference();
    }
  });

  it('a stream is four numbers that survive JSON and continue where they were', () => {
    const st = openStream(7, 'voice', 'x');
    for (let i = 0; i < 5; i++) uniform(st);
    const copy = JSON.parse(JSON.stringify(st));
    expect(Object.keys(copy).sort()).toEqual(['c', 's0', 's1', 's2']);
    expect([uniform(copy), uniform(copy), lognormal(copy, 0.3)]).toEqual([uniform(st), uniform(st), lognormal(st, 0.3)]);
  });
});
