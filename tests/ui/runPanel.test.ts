import { describe, expect, it } from 'vitest';
import { createPageStore } from '../../src/ui/pageStore.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import { runButton, runPanel, runStatus, type RunPanelState } from '../../src/ui/runPanel.ts';
import { pageMarksPanel } from '../../src/ui/pageMarksPanel.ts';
import type { RunResult } from '../../src/engine/index.ts';
import { usePageDocument } from '../helpers/pageDocument.ts';

const doc = usePageDocument();

const base: RunPanelState = { runState: 'idle', runDetail: null, notStarted: null, notice: null, month: 0, totalMonths: 0, runMeta: '', stale: false, editorValid: true, hasResult: false, speed: 2 };

describe('the run panel', () => {
  it('words the status from the run state, progress, a notice and a run that could not start', () => {
    expect(runStatus(base)).toBe('Ready.');
    expect(runStatus({ ...base, runState: 'running', month: 5, totalMonths: 24 })).toBe('Running: month 5 of 24.');
    expect(runStatus({ ...base, runState: 'paused', month: 0, totalMonths: 24, runDetail: 'reset to month 0' })).toBe('Paused at month 0 of 24 (reset to month 0).');
    expect(runStatus({ ...base, runState: 'done', month: 24, totalMonths: 24 })).toBe('Finished: 24 months.');
    expect(runStatus({ ...base, runState: 'error' })).toBe('Stopped with an error.');
    expect(runStatus({ ...base, runState: 'running', notice: 'Link copied.' })).toBe('Link copied.');
    // The reason a run could not start outranks a notice.
    expect(runStatus({ ...base, notice: 'Link copied.', notStarted: 'the scenario is invalid' })).toBe('Not started: the scenario is invalid.');
  });

  it('says what Run will do', () => {
    expect(runButton(base)).toEqual({ action: 'run', label: 'Run' });
    expect(runButton({ ...base, runState: 'running' })).toEqual({ action: 'restart', label: 'Restart' });
    expect(runButton({ ...base, runState: 'running', stale: true })).toEqual({ action: 'restart', label: 'Restart with the changed scenario' });
    expect(runButton({ ...base, runState: 'paused', month: 3 })).toEqual({ action: 'resume', label: 'Resume' });
    // Paused at month 0 (reset, or started paused): running it is not resuming it.
    expect(runButton({ ...base, runState: 'paused', month: 0 })).toEqual({ action: 'resume', label: 'Run' });
    expect(runButton({ ...base, runState: 'paused', month: 3, stale: true })).toEqual({ action: 'run', label: 'Run the changed scenario' });
    expect(runButton({ ...base, runState: 'done', editorValid: false, stale: true })).toEqual({ action: 'run', label: 'Run (fix the scenario first)' });
    expect(runButton({ ...base, runState: 'done' })).toEqual({ action: 'run', label: 'Run again' });
  });

  it('renders the toolbar, the downloads and the body marks from the page state', () => {
    const page = createPageStore('default');
    const root = mountPanel(runPanel, page, doc());
    mountPanel(pageMarksPanel, page, doc());
    const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
    expect(q<HTMLSelectElement>('speed').options.length).toBe(4);
    expect(q('status').textContent).toBe('Ready.');
    expect(q<HTMLButtonElement>('reset').disabled).toBe(true);
    expect(q<HTMLButtonElement>('export-json').disabled).toBe(true);
    expect(doc().body.dataset.runs).toBeUndefined();

    page.update({ runs: 1, runState: 'running', month: 7, totalMonths: 60, runMeta: 'default: 40 organisations, seed 1, 5 years.' });
    expect(q('run').textContent).toBe('Restart');
    expect(q('run').dataset.action).toBe('restart');
    expect([q<HTMLButtonElement>('pause').disabled, q<HTMLButtonElement>('step').disabled, q<HTMLButtonElement>('reset').disabled]).toEqual([false, true, false]);
    expect(q('status').textContent).toBe('Running: month 7 of 60.');
    expect(q('run-meta').textContent).toBe('default: 40 organisations, seed 1, 5 years.');
    expect(doc().body.dataset).toMatchObject({ runState: 'running', runs: '1', month: '7', stale: 'false' });

    // A result that matches the settings: its downloads are offered; stale, they are not, and say why.
    page.update({ runState: 'done', month: 60, lastResult: {} as RunResult });
    const downloads = [...root.querySelectorAll<HTMLButtonElement>('#export-json, button.print-export')];
    expect(downloads.length).toBe(5);
    expect(downloads.map((b) => b.disabled)).toEqual([false, false, false, false, false]);
    page.update({ stale: true });
    expect(downloads.map((b) => b.disabled)).toEqual([true, true, true, true, true]);
    expect(downloads.map((b) => b.getAttribute('aria-describedby'))).toEqual(Array(5).fill('stale-text'));
    expect(q('run').textContent).toBe('Run the changed scenario');
    expect(doc().body.dataset.stale).toBe('true');

    // A run that could not start: the page is in the error state without a run that failed.
    page.update({ notStarted: 'the scenario is invalid' });
    expect(q('status').textContent).toBe('Not started: the scenario is invalid.');
    expect(doc().body.dataset.runState).toBe('error');
    page.update({ notStarted: null });
    expect(doc().body.dataset.runState).toBe('done');
  });
});
