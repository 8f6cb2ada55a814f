/**
 * The notice above the results when the settings have changed since their
 * run (a {@link Panel}; its markup is `#stale-banner` in index.html).
 */
import type { Panel } from './panel.ts';

/** What the notice shows. */
interface StaleState {
  /** Results are shown and the settings have changed since their run. */
  stale: boolean;
  /** The scenario in the editor is valid. */
  editorValid: boolean;
}

/** The stale-results notice. */
export const stalePanel: Panel<StaleState> = {
  markup: (doc) => doc.getElementById('stale-banner')!,
  state: ({ stale, editorValid }) => ({ stale, editorValid }),
  render(root, { stale, editorValid }) {
    root.hidden = !stale;
    root.querySelector('#stale-text')!.textContent = !stale
      ? ''
      : editorValid
        ? ' The settings were changed after this run. Press "Run the changed scenario" to update the results.'
        : ' The changed settings have problems (listed at the top of the page); fix them to run.';
  },
};
