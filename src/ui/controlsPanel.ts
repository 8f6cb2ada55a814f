/**
 * The key parameters' controls and the summary of the scenario's problems
 * at the top of the page, two {@link Panel}s sharing the controls' view
 * (their markups are `#controls` and `#error-summary` in index.html). The
 * controls are built (controlsView.ts) once their specs are in the page's
 * state (the JSON Schema behind them is a chunk loaded after the first run
 * has been sent), then show the editor's parse and mark the scenario's
 * problems beside the controls they concern; the summary lists the first
 * 20 problems, each linking to its control, or to the JSON editor.
 */
import type { ScenarioIssue } from '../engine/index.ts';
import type { ControlSpec } from './controlSpecs.ts';
import { idOf, renderControls, type ControlsView } from './controlsView.ts';
import { h } from './dom.ts';
import type { Panel } from './panel.ts';

/** What the controls show. */
interface ControlsState {
  specs: readonly ControlSpec[];
  /** The editor's scenario as last parsed (undefined: its text does not parse, and the controls keep their values). */
  raw: unknown;
  issues: readonly ScenarioIssue[];
}

/** What the controls need from the page. */
export interface ControlsDeps {
  /** Writes a control's value at its path in the scenario. */
  apply(path: string, value: unknown): void;
  /** Whether the JSON editor holds a large scenario out of its text area (problems then link to its "edit" button). */
  editorHeld(): boolean;
}

/** A summary line: where it links, what it names, and the problem. */
export interface SummaryLink {
  target: string;
  label: string;
  message: string;
}

/** The summary's lines for `issues`: each links to the control at or above its path, else to the JSON editor. */
export function summaryLinks(issues: readonly ScenarioIssue[], specs: readonly ControlSpec[], targetOf: (path: string) => string, editorHeld: boolean): SummaryLink[] {
  return issues.slice(0, 20).map((i) => {
    const spec = specs.find((s) => i.path === s.path || i.path.startsWith(`${s.path}.`));
    if (spec) return { target: targetOf(spec.path), label: spec.label, message: i.message };
    return { target: editorHeld ? 'scenario-json-open' : 'scenario-json', label: i.path || '(whole scenario)', message: i.message };
  });
}

/** The controls and the problems' summary. */
export function controlsPanels(deps: ControlsDeps): { controls: Panel<ControlsState>; errorSummary: Panel<ControlsState> } {
  let view: ControlsView | null = null;
  let shown: { specs: readonly ControlSpec[]; raw: unknown; issues: readonly ScenarioIssue[] } | null = null;
  const state = (p: { specs: readonly ControlSpec[]; editorRaw: unknown; lastIssues: readonly ScenarioIssue[] }): ControlsState => ({ specs: p.specs, raw: p.editorRaw, issues: p.lastIssues });

  const controls: Panel<ControlsState> = {
    markup: (doc) => doc.getElementById('controls')!,
    state,
    render(root, s) {
      if (!s.specs.length) return;
      if (shown?.specs !== s.specs) {
        view = renderControls(root, s.specs, (path, value) => deps.apply(path, value));
        shown = null;
      }
      if (s.raw !== undefined && shown?.raw !== s.raw) view!.show(s.raw);
      if (shown?.issues !== s.issues) view!.markIssues(s.issues);
      shown = { specs: s.specs, raw: s.raw, issues: s.issues };
    },
  };

  const errorSummary: Panel<ControlsState> = {
    markup: (doc) => doc.getElementById('error-summary')!,
    state,
    render(root, s) {
      root.hidden = !s.issues.length;
      if (!s.issues.length) return;
      const n = s.issues.length;
      root.querySelector('#error-summary-heading')!.textContent = `${n} problem${n === 1 ? '' : 's'} in the scenario: it cannot run until ${n === 1 ? 'it is' : 'they are'} fixed`;
      const links = summaryLinks(s.issues, s.specs, (path) => view?.targetOf(path) ?? idOf(path), deps.editorHeld());
      root.querySelector('#error-summary-list')!.replaceChildren(...links.map((l) => h('li', {}, h('a', { href: `#${l.target}` }, l.label), `: ${l.message}`)));
    },
  };
  return { controls, errorSummary };
}
