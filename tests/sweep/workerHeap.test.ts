/** Heap limits of sweep workers (issue 25, src/sweep/workerHeap.ts): sized to the world, left to V8 when the sweep can resize it. */
import { describe, expect, it } from 'vitest';
import { practicesOf, workerResourceLimits } from '../../src/sweep/workerHeap.ts';
import { rawModel } from '../helpers/models.ts';

describe('worker heap limits', () => {
  it('count practices: listed, generated per PCN (default 5), or from generate (default 6,200)', () => {
    // default.json: eleven PCNs whose practiceCounts add up to 51.
    expect(practicesOf(rawModel('default'))).toBe(51);
    expect(practicesOf({ systems: [{ pcns: [{ id: 'a', practiceCount: 3 }, { id: 'b' }], practices: [{ id: 'p', pcn: 'b' }] }] })).toBe(4);
    expect(practicesOf(rawModel('england-2023-24-generated'))).toBe(6200);
    // The England built from published data lists its practices (docs/DATA.md).
    expect(practicesOf(rawModel('england-2023-24'))).toBe(6516);
    expect(practicesOf({ generate: { practices: 40 } })).toBe(40);
  });

  it('give 64 MB of old generation per 750 practices, and a young generation of 32 MB where the workers collect, 8 MB where nothing does', () => {
    expect(workerResourceLimits(rawModel('default'), [], true)).toEqual({ maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 64 });
    expect(workerResourceLimits(rawModel('england-2023-24'), ['allocation.growthRate'], true)).toEqual({ maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 576 });
    expect(workerResourceLimits(rawModel('default'), [], false)).toEqual({ maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 });
    // The test process exposes no gc, so its workers would not collect.
    expect(workerResourceLimits(rawModel('default'), [])).toEqual({ maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 });
  });

  it('leave the old generation to V8 when a varied path or a variant can resize the world', () => {
    expect(workerResourceLimits(rawModel('default'), ['generate.practices'], true)).toEqual({ maxYoungGenerationSizeMb: 32 });
    expect(workerResourceLimits({ ...rawModel('default'), variants: { big: { 'systems[0].pcns[0].practiceCount': 100 } } }, [], false)).toEqual({ maxYoungGenerationSizeMb: 8 });
  });
});
