/**
 * Marks a block of results as stale: the settings they were computed for are
 * no longer those on the page. The results stay visible but greyed, a notice
 * says why and what restores them, and the block's download buttons are
 * disabled with the notice as their description; only a new computation
 * (which calls `fresh`) lifts the mark.
 */
import { h } from './dom.ts';

/** The stale state of one block of results. */
export interface StaleMark {
  /** Marks the results stale with `reason`, or current when `reason` is null. */
  set(reason: string | null): void;
  /** True while the results are marked stale. */
  readonly stale: boolean;
}

/**
 * Sets up the mark for `block` (the results) with its notice inserted before
 * it; `buttons` lists the downloads to disable while stale (called at each
 * change, since results are redrawn).
 */
export function staleMark(block: HTMLElement, id: string, buttons: () => Iterable<HTMLButtonElement>): StaleMark {
  const text = h('span', { id: `${id}-text` });
  const notice = h('div', { id, class: 'stale-notice', role: 'status', hidden: true }, h('strong', {}, 'Out of date. '), text);
  block.before(notice);
  let stale = false;
  return {
    set(reason) {
      stale = reason !== null;
      notice.hidden = !stale;
      text.textContent = reason ?? '';
      block.dataset.stale = String(stale);
      block.classList.toggle('stale', stale);
      for (const b of buttons()) {
        // Remember whether the button was enabled by its own rule before the mark disabled it.
        if (stale) {
          if (b.dataset.staleDisabled === undefined) b.dataset.staleDisabled = String(b.disabled);
          b.disabled = true;
          b.setAttribute('aria-describedby', `${id}-text`);
        } else if (b.dataset.staleDisabled !== undefined) {
          b.disabled = b.dataset.staleDisabled === 'true';
          delete b.dataset.staleDisabled;
          b.removeAttribute('aria-describedby');
        }
      }
    },
    get stale() {
      return stale;
    },
  };
}
