/**
 * The scenario panel's own elements (a {@link Panel}; its markup is
 * `#scenario-panel` in index.html): the bundled scenario chosen, the link to
 * the scenario and seed, and whether the JSON editor's text is invalid. The
 * editor's text itself is the scenario editor's (scenarioEditor.ts); the
 * panel's actions (choose, load, save, copy) are wired by `startApp`.
 */
import { h } from './dom.ts';
import { listModels } from './models.ts';
import type { Panel } from './panel.ts';

/** What the scenario panel shows. */
interface ScenarioState {
  modelName: string | null;
  link: string;
  /** Whether the scenario has been checked, and found invalid. */
  checked: boolean;
  invalid: boolean;
}

/** The scenario panel. */
export const scenarioPanel: Panel<ScenarioState> = {
  markup(doc) {
    const root = doc.getElementById('scenario-panel')!;
    root.querySelector('#model')!.append(...listModels().map((name) => h('option', { value: name }, name)));
    return root;
  },
  state: (p) => ({ modelName: p.modelName, link: p.link, checked: p.scenarioChecked, invalid: p.lastIssues.length > 0 }),
  render(root, s) {
    root.querySelector<HTMLSelectElement>('#model')!.value = s.modelName ?? '';
    root.querySelector<HTMLInputElement>('#share-link')!.value = s.link;
    if (s.checked) root.querySelector('#scenario-json')!.setAttribute('aria-invalid', String(s.invalid));
  },
};
