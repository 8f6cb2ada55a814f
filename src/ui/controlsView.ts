/**
 * Form controls for the key parameters, drawn from their specs. Each
 * control is labelled, described (range, default) and keyboard operable;
 * a change writes the value at its path in the scenario JSON.
 */
import { getPath } from '../engine/index.ts';
import { formatControlValue, hintOf, parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { clear, h } from './dom.ts';

/** Control elements keyed by path. */
export interface ControlsView {
  /** Shows the values of raw scenario data (skipping the control being edited). */
  show(raw: unknown): void;
  /** Enables or disables every control. */
  setEnabled(on: boolean): void;
}

const idOf = (path: string) => `ctl-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * Renders controls into `host`.
 * @param onChange called with the path and the new value (undefined = remove the field)
 */
export function renderControls(host: HTMLElement, specs: readonly ControlSpec[], onChange: (path: string, value: unknown) => void): ControlsView {
  clear(host);
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  for (const spec of specs) {
    const id = idOf(spec.path);
    const hintId = `${id}-hint`;
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const common = { id, name: spec.path, 'aria-describedby': hintId, 'data-path': spec.path };
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
    host.append(h('div', { class: 'control' }, h('label', { for: id }, spec.label), input, h('small', { id: hintId, class: 'hint' }, hintOf(spec))));
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
  };
}
