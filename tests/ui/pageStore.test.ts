import { describe, expect, it } from 'vitest';
import { createStore, sliceSetter } from '../../src/ui/pageStore.ts';

describe('page store', () => {
  it('replaces the state on update and tells listeners which fields changed', () => {
    const initial = { model: 'default' as string | null, stale: false, count: 0 };
    const store = createStore(initial);
    const heard: Array<[number, string[]]> = [];
    const off = store.subscribe((s, changed) => heard.push([s.count, [...changed].map(String)]));
    const before = store.get();
    store.update({ stale: true, count: 1 });
    expect(store.get()).toEqual({ model: 'default', stale: true, count: 1 });
    // A new object; the earlier one and the initial one are untouched.
    expect(before).toEqual({ model: 'default', stale: false, count: 0 });
    expect(initial.stale).toBe(false);
    store.update({ model: null, stale: true });
    expect(heard).toEqual([
      [1, ['stale', 'count']],
      [1, ['model']],
    ]);
    off();
    store.update({ count: 2 });
    expect(heard).toHaveLength(2);
    expect(store.get().count).toBe(2);
  });

  it('says nothing and keeps the same object when no value changes', () => {
    const store = createStore({ a: 1, b: NaN });
    const first = store.get();
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ a: 1, b: NaN });
    store.update({});
    expect(calls).toBe(0);
    expect(store.get()).toBe(first);
  });

  it('lets a listener unsubscribe while being told', () => {
    const store = createStore({ n: 0 });
    const seen: string[] = [];
    const offA = store.subscribe(() => {
      seen.push('a');
      offA();
    });
    store.subscribe(() => seen.push('b'));
    store.update({ n: 1 });
    store.update({ n: 2 });
    expect(seen).toEqual(['a', 'b', 'b']);
  });
});

describe('sliceSetter', () => {
  it('merges a patch into one slice, and stores nothing when no field of it changes', () => {
    const store = createStore({ a: { x: 1, y: 'k' }, b: 2 });
    const heard: string[][] = [];
    store.subscribe((_s, changed) => heard.push([...changed].map(String)));
    const setA = sliceSetter(store, 'a');
    const before = store.get().a;
    setA({ x: 1 });
    expect(store.get().a).toBe(before);
    setA({ x: 2 });
    expect(store.get().a).toEqual({ x: 2, y: 'k' });
    expect(heard).toEqual([['a']]);
  });
});
