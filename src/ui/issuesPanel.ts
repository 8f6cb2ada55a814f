/**
 * The scenario's problems under the editor (a {@link Panel}; its markup is
 * `#issues` in index.html): empty until the scenario is first checked, then
 * "valid" or the first 50 problems with their paths.
 */
import type { ScenarioIssue } from '../engine/index.ts';
import { clear, h } from './dom.ts';
import type { Panel } from './panel.ts';

/** What the list shows. */
interface IssuesState {
  /** The scenario has been checked (before that the list is empty). */
  checked: boolean;
  issues: readonly ScenarioIssue[];
}

/** The list of the scenario's problems. */
export const issuesPanel: Panel<IssuesState> = {
  markup: (doc) => doc.getElementById('issues')!,
  state: ({ scenarioChecked, lastIssues }) => ({ checked: scenarioChecked, issues: lastIssues }),
  render(root, { checked, issues }) {
    clear(root);
    if (!checked) return;
    if (!issues.length) {
      root.append(h('p', { class: 'ok' }, 'The scenario is valid.'));
      return;
    }
    root.append(
      h('p', { class: 'bad' }, `${issues.length} problem${issues.length === 1 ? '' : 's'} in the scenario:`),
      h('ul', {}, ...issues.slice(0, 50).map((i) => h('li', {}, h('code', { class: 'issue-path' }, i.path || '(root)'), ` ${i.message}`))),
    );
  },
};
