import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine/buildWorld.ts';
import { apportion } from '../../src/engine/apportion.ts';
import { model } from '../helpers/models.ts';

describe('generation of England from national counts', () => {
  const s = model('england');
  const w = buildWorld(s, 1);
  it('hits every national count exactly', () => {
    expect(w.systems).toHaveLength(42);
    expect(w.places).toHaveLength(175);
    expect(w.pcns).toHaveLength(1250);
    expect(w.practices).toHaveLength(6200);
    expect(w.orgs.filter((o) => ['acute', 'community', 'mentalHealth', 'integrated'].includes(o.kind))).toHaveLength(209);
    expect(w.orgs.filter((o) => o.kind === 'council')).toHaveLength(153);
    expect(w.places.reduce((a, p) => a + p.population, 0)).toBe(57_690_000);
    expect(w.practices.reduce((a, p) => a + p.list, 0)).toBe(57_690_000);
  });
  it('gives realistic sizes', () => {
    const pops = w.systems.map((x) => x.population).sort((a, b) => a - b);
    expect(pops[0]!).toBeGreaterThan(400_000);
    expect(pops[41]!).toBeLessThan(4_000_000);
    const meanPcn = 57_690_000 / 1250;
    expect(meanPcn).toBeCloseTo(46_152, 0);
    expect(Math.min(...w.practices.map((p) => p.list))).toBeGreaterThanOrEqual(100);
  });
  it('is the same for the same seed and differs for another', () => {
    const again = buildWorld(s, 1);
    expect(again.places.map((p) => p.population)).toEqual(w.places.map((p) => p.population));
    expect(buildWorld(s, 2).places.map((p) => p.population)).not.toEqual(w.places.map((p) => p.population));
  });
  it('serves every place with a trust of each kind and gives every trust a place', () => {
    const served = new Set<number>();
    for (const p of w.places) {
      expect(['acute', 'integrated']).toContain(w.orgs[p.acute]!.kind);
      expect(w.orgs[p.mentalHealth]!.kind).toBe('mentalHealth');
      served.add(p.acute).add(p.community).add(p.mentalHealth).add(p.council);
    }
    for (const o of w.orgs) if (!['icb', 'place', 'practice'].includes(o.kind)) expect(served.has(o.index)).toBe(true);
  });
});

describe('apportion', () => {
  it('splits by largest remainder with minimums and caps', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(5, [100, 1, 1], 1)).toEqual([3, 1, 1]);
    expect(apportion(6, [10, 1], 0, [3, 10])).toEqual([3, 3]);
    expect(() => apportion(2, [1, 1, 1], 1)).toThrow(/cannot apportion/);
  });
});
