/**
 * A panel of the page as a module of one shape: its markup, the slice of the
 * page's state it shows, and a render from that slice to its elements. The
 * page's start-up mounts each panel on the page's store; the panel is then
 * rendered whenever its slice changes, and nothing else writes its elements.
 * docs/ARCHITECTURE.md ("The page") describes the pattern.
 */
import type { PageState, Store } from './pageStore.ts';

/** A panel: markup, state and render. */
export interface Panel<S extends object> {
  /** The panel's root element: found in index.html, or built here. Called once, when the panel is mounted. */
  markup(doc: Document): HTMLElement;
  /** The part of the page's state the panel shows (a new object is fine: it is compared field by field). */
  state(page: Readonly<PageState>): S;
  /** Shows `state` in the panel's elements; the same state always gives the same elements. */
  render(root: HTMLElement, state: Readonly<S>): void;
}

/** True when `a` and `b` have the same fields with the same values (`Object.is`). */
function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a) as Array<keyof typeof a>;
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * Mounts a panel on the page's store: renders it now and again at each
 * update that changes its state. Returns its root element.
 */
export function mountPanel<S extends object>(panel: Panel<S>, store: Store<PageState>, doc: Document = document): HTMLElement {
  const root = panel.markup(doc);
  let shown = panel.state(store.get());
  panel.render(root, shown);
  store.subscribe((page) => {
    const next = panel.state(page);
    if (sameFields(next, shown)) return;
    shown = next;
    panel.render(root, next);
  });
  return root;
}
