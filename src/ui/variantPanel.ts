/**
 * "Run as" (a {@link Panel}; its markup is `#variant-row` in index.html):
 * the scenario's named variants to run instead of the scenario as edited,
 * and the one chosen. The row is hidden once the scenario is read and found
 * to have none. Choosing one updates the page's state (wired by `startApp`).
 */
import { h } from './dom.ts';
import type { Panel } from './panel.ts';

/** What the chooser shows. */
interface VariantState {
  /** The scenario has been read (before that the row is left as the page opened). */
  read: boolean;
  variants: readonly string[];
  variant: string;
}

/** The variant chooser. */
export const variantPanel: Panel<VariantState> = {
  markup: (doc) => doc.getElementById('variant-row')!,
  state: (p) => ({ read: p.about !== null, variants: p.variants, variant: p.variant }),
  render(root, { read, variants, variant }) {
    const select = root.querySelector<HTMLSelectElement>('#variant')!;
    const listed = [...select.options].slice(1).map((o) => o.value);
    if (listed.join('\n') !== variants.join('\n') || select.options.length !== variants.length + 1) {
      select.replaceChildren(h('option', { value: '' }, 'the scenario as edited'), ...variants.map((n) => h('option', { value: n }, `variant "${n}"`)));
    }
    select.value = variant;
    if (read) root.hidden = variants.length === 0;
  },
};
