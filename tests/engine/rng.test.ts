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

  it('opening a stream gives the state seedrandom.alea starts from, bit for bit, for labels of every shape', () => {
    // rng.ts computes Alea's seeding itself (for speed); seedrandom is the reference it must match.
    const labels = ['', ' ', 'a', 'é', '\u{1F600}', 'x'.repeat(300)];
    for (let i = 0; i < 2000; i++) labels.push(`${i}|practice:P${(i * 7919) % 100_000}|${'ab'.repeat(i % 13)}`);
    for (const entity of labels) {
      for (const seed of [1, 'seed-7', 123456789]) {
        const ours = openStream(seed, 'voice', entity);
        const ref = (seedrandom.alea(`icsim|${seed}|voice|${entity}`, { state: true }) as unknown as { state(): object }).state();
        expect(ours).toEqual(ref);
        expect(Object.keys(ours)).toEqual(Object.keys(ref));
        expect((stream(seed, 'voice', entity).state as () => object)()).toEqual(ref);
      }
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
