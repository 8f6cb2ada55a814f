/**
 * The run's toolbar and status (a {@link Panel}; its markup is the toolbar,
 * `#status` and `#run-meta` in `#results` of index.html): what the Run
 * button will do, which of Pause, Step and Reset apply, the speed, whether
 * the run's downloads (the toolbar's and each chart's) are offered, and what the run is doing. The buttons'
 * actions call the run controller (wired by `startApp`).
 */
import type { RunState } from './runController.ts';
import { SPEEDS } from './runController.ts';
import { h, setText } from './dom.ts';
import type { Panel } from './panel.ts';

/** What the toolbar and status show. */
export interface RunPanelState {
  runState: RunState;
  runDetail: string | null;
  notStarted: string | null;
  notice: string | null;
  month: number;
  totalMonths: number;
  runMeta: string;
  stale: boolean;
  editorValid: boolean;
  hasResult: boolean;
  speed: number;
}

/** The status line: why a run could not start, a passing notice, or the run's state and progress. */
export function runStatus(s: Readonly<RunPanelState>): string {
  if (s.notStarted !== null) return `Not started: ${s.notStarted}.`;
  if (s.notice !== null) return s.notice;
  const progress = s.totalMonths ? `month ${s.month} of ${s.totalMonths}` : '';
  switch (s.runState) {
    case 'idle':
      return 'Ready.';
    case 'running':
      return `Running: ${progress}.`;
    case 'paused':
      return `Paused at ${progress}${s.runDetail ? ` (${s.runDetail})` : ''}.`;
    case 'done':
      return `Finished: ${s.totalMonths} months.`;
    case 'error':
      return 'Stopped with an error.';
  }
}

/** What pressing Run does (`data-action`) and what the button says. */
export function runButton(s: Readonly<RunPanelState>): { action: 'run' | 'resume' | 'restart'; label: string } {
  // A run reset to month 0 (or started paused) goes on from there: that is running it, not resuming it.
  const resumable = s.runState === 'paused' && !s.stale;
  if (s.runState === 'running') return { action: 'restart', label: s.stale ? 'Restart with the changed scenario' : 'Restart' };
  if (resumable) return { action: 'resume', label: s.month > 0 ? 'Resume' : 'Run' };
  const label = !s.editorValid ? 'Run (fix the scenario first)' : s.stale ? 'Run the changed scenario' : s.hasResult || s.runState === 'done' ? 'Run again' : 'Run';
  return { action: 'run', label };
}

/** The run's toolbar, status and description. */
export const runPanel: Panel<RunPanelState> = {
  markup(doc) {
    const root = doc.getElementById('results')!;
    root.querySelector('#speed')!.append(...SPEEDS.map((s, i) => h('option', { value: String(i) }, s.label)));
    return root;
  },
  state: (p) => ({
    runState: p.runState,
    runDetail: p.runDetail,
    notStarted: p.notStarted,
    notice: p.notice,
    month: p.month,
    totalMonths: p.totalMonths,
    runMeta: p.runMeta,
    stale: p.stale,
    editorValid: p.editorValid,
    hasResult: p.lastResult !== null,
    speed: p.speed,
  }),
  render(root, s) {
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)!;
    const run = button('run');
    const { action, label } = runButton(s);
    setText(run, label);
    run.dataset.action = action;
    button('pause').disabled = s.runState !== 'running';
    button('step').disabled = s.runState !== 'paused';
    button('reset').disabled = s.runState === 'idle' || s.runState === 'error';
    const speed = root.querySelector<HTMLSelectElement>('#speed')!;
    if (speed.value !== String(s.speed)) speed.value = String(s.speed);
    // The run's downloads are offered for a result that matches the settings; a stale result's are described by the notice that says why.
    for (const b of root.querySelectorAll<HTMLButtonElement>('#export-json, button.print-export, #charts figcaption.exports button')) {
      b.disabled = !s.hasResult || s.stale;
      if (s.stale) b.setAttribute('aria-describedby', 'stale-text');
      else b.removeAttribute('aria-describedby');
    }
    setText(root.querySelector('#status')!, runStatus(s));
    setText(root.querySelector('#run-meta')!, s.runMeta);
  },
};
