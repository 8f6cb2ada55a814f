/**
 * The page's state in one place: a small typed store that holds a plain
 * state object, replaced (never mutated) by `update`, and tells its
 * listeners which fields changed. One store is made by the page's start-up
 * (`startApp` in app.ts); nothing in `ui/` keeps state at module level
 * (eslint.config.js, "ui: no module-level mutable state").
 *
 * Hand-written rather than a library: the whole API is three functions and
 * the page needs no derived stores, persistence or framework bindings.
 */

/** Called after an update that changed at least one field, with the new state and the fields that changed. */
export type StoreListener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>) => void;

/** A store of one state object. */
export interface Store<S extends object> {
  /** The current state (a new object after each update that changes something; do not mutate it). */
  get(): Readonly<S>;
  /** Sets the fields given; listeners hear of it only when a value differs (`Object.is`) from the current one. */
  update(patch: Partial<S>): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StoreListener<S>): () => void;
}

/** A store starting from `initial` (copied). */
export function createStore<S extends object>(initial: S): Store<S> {
  let state: Readonly<S> = { ...initial };
  const listeners = new Set<StoreListener<S>>();
  return {
    get: () => state,
    update(patch) {
      const changed = new Set<keyof S>();
      for (const key of Object.keys(patch) as Array<keyof S>) if (!Object.is(patch[key], state[key])) changed.add(key);
      if (!changed.size) return;
      state = { ...state, ...patch };
      // A copy: a listener may unsubscribe (or subscribe another) while being told.
      for (const listener of [...listeners]) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
