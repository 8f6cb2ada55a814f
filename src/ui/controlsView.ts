/**
 * Form controls for the key parameters, drawn from their specs. Each
 * control is labelled, described (range, default) and keyboard operable;
 * a change writes the value at its path in the scenario JSON.
 */
import type { ScenarioIssue } from '../engine/index.ts';
import { getPath } from '../engine/setPath.ts';
import { formatControlValue, hintOf, parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { clear, h } from './dom.ts';

/** Control elements keyed by path. */
export interface ControlsView {
  /** Shows the values of raw scenario data (skipping the control being edited). */
  show(raw: unknown): void;
  /** Enables or disables every control. */
  setEnabled(on: boolean): void;
  /**
   * Shows each issue at or under a control's path beside that control (and
   * clears the others); returns the issues no control shows.
   */
  markIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[];
}

/** True when `issuePath` is `path` or lies under it (`a.b` covers `a.b.c` and `a.b[0]`). */
export function issueUnder(issuePath: string, path: string): boolean {
  return issuePath === path || issuePath.startsWith(`${path}.`) || issuePath.startsWith(`${path}[`);
}

/** The id of a path's control element. */
export const idOf = (path: string) => `ctl-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * Renders controls into `host`.
 * @param onChange called with the path and the new value (undefined = remove the field)
 */
export function renderControls(host: HTMLElement, specs: readonly ControlSpec[], onChange: (path: string, value: unknown) => void): ControlsView {
  clear(host);
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const errors = new Map<string, HTMLElement>();
  for (const spec of specs) {
    const id = idOf(spec.path);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const common = { id, name: spec.path, 'aria-describedby': `${errorId} ${hintId}`, 'data-path': spec.path };
    switch (spec.kind) {
      case 'number':
      case 'integer':
        input = h('input', { ...common, type: 'number', inputmode: 'decimal', min: spec.min, max: spec.max, step: spec.kind === 'integer' ? 1 : 'any' });
        break;
      case 'choice':
        input = h('select', common, ...(spec.options ?? []).map((o) => h('option', { value: String(o) }, String(o))));
        break;
      case 'boolean':
        input = h('select', common, h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no'));
        break;
      case 'json':
        input = h('textarea', { ...common, rows: 2, spellcheck: 'false' });
        break;
      default:
        input = h('input', { ...common, type: 'text', autocomplete: 'off' });
    }
    // Number inputs fire 'input' on every keystroke; apply on change (Enter, blur, arrows, spinner).
    input.addEventListener('change', () => onChange(spec.path, parseControlValue(spec, input.value)));
    if (input instanceof HTMLInputElement && input.type === 'number') {
      input.addEventListener('input', () => {
        // Arrow keys and the spinner change the value without a text edit: apply those at once.
        if (document.activeElement !== input || (input as HTMLInputElement).validity.valid) onChange(spec.path, parseControlValue(spec, input.value));
      });
    }
    inputs.set(spec.path, input);
    const error = h('small', { id: errorId, class: 'control-error', hidden: true });
    errors.set(spec.path, error);
    host.append(h('div', { class: 'control', 'data-control': spec.path }, h('label', { for: id }, spec.label), input, error, h('small', { id: hintId, class: 'hint' }, hintOf(spec))));
  }
  return {
    show(raw) {
      for (const spec of specs) {
        const input = inputs.get(spec.path)!;
        if (document.activeElement === input && input.tagName !== 'SELECT') continue;
        let v: unknown;
        try {
          v = getPath(raw, spec.path);
        } catch {
          v = undefined;
        }
        const text = formatControlValue(spec, v ?? spec.default);
        if (input.value !== text) input.value = text;
      }
    },
    setEnabled(on) {
      for (const i of inputs.values()) i.disabled = !on;
    },
    markIssues(issues) {
      const shown = new Set<ScenarioIssue>();
      for (const spec of specs) {
        const mine = issues.filter((i) => issueUnder(i.path, spec.path));
        mine.forEach((i) => shown.add(i));
        const el = errors.get(spec.path)!;
        const text = mine.map((i) => i.message).join(' ');
        if (el.textContent !== text) el.textContent = text;
        el.hidden = !mine.length;
        const input = inputs.get(spec.path)!;
        input.setAttribute('aria-invalid', mine.length ? 'true' : 'false');
        el.parentElement?.classList.toggle('invalid', mine.length > 0);
      }
      return issues.filter((i) => !shown.has(i));
    },
  };
}
