/**
 * periodicCollection: the sweep threads' full collections (issue 25, memory
 * flat in a sweep's length), every `every` calls where V8 exposes `gc`, and
 * nothing where it does not (a sweep run without the single-threaded child).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { periodicCollection } from '../../src/sweep/periodicCollection.ts';

const g = globalThis as { gc?: () => void };
const saved = g.gc;
afterEach(() => {
  if (saved) g.gc = saved;
  else delete g.gc;
});

describe('periodicCollection', () => {
  it('collects on every n-th call when gc is exposed', () => {
    let collections = 0;
    g.gc = () => collections++;
    const collect = periodicCollection(3);
    for (let i = 0; i < 10; i++) collect();
    expect(collections).toBe(3);
  });

  it('does nothing where gc is not exposed, or for a period that is not positive', () => {
    delete g.gc;
    expect(() => periodicCollection(2)()).not.toThrow();
    let collections = 0;
    g.gc = () => collections++;
    const never = periodicCollection(0);
    for (let i = 0; i < 5; i++) never();
    expect(collections).toBe(0);
  });
});
