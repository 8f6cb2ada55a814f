/**
 * Form controls for the key parameters, drawn from their specs. Each
 * control is labelled, described (range, default) and keyboard operable;
 * a change writes the value at its path in the scenario JSON. An input by
 * year shows one number, or its series as a sentence and one input per year
 * (see `yearlyControl`): a series is never shown or written back as one number
 * unless the user asks for one.
 */
import { fyLabel, getPath } from '../engine/light.ts';
import type { ScenarioIssue } from '../engine/index.ts';
import { formatControlValue, hintOf, parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { clear, h } from './dom.ts';
import { addYear, describeSeries, isSeriesValue, oneNumber, removeLastYear, seriesYears, startYearOf, toSeries, withYear } from './yearlyControl.ts';

/** Control elements keyed by path. */
export interface ControlsView {
  /** Shows the values of raw scenario data (skipping the control being edited). */
  show(raw: unknown): void;
  /** Enables or disables every control. */
  setEnabled(on: boolean): void;
  /** The id of the element that edits a path now (an input by year held as a series: its first year's input). */
  targetOf(path: string): string;
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
 * Applies a number input's value on change (Enter, blur) and, for arrow keys
 * and the spinner (no text edit), at once.
 */
function onNumber(input: HTMLInputElement, apply: () => void): void {
  input.addEventListener('change', apply);
  input.addEventListener('input', () => {
    if (document.activeElement !== input || input.validity.valid) apply();
  });
}

/** The parts of an input by year's control. */
interface YearlyControl {
  /** The elements between the label and the error. */
  nodes: HTMLElement[];
  show(value: unknown, raw: unknown): void;
  setEnabled(on: boolean): void;
  markIssues(issues: readonly ScenarioIssue[]): void;
  /** The id of the element that edits the value now. */
  target(): string;
}

/**
 * The control of an input by year: a number input and "Set by year", or, when
 * the value is a series, the series as a sentence, one input per year and
 * "Add a year", "Remove the last year", "Use one number".
 */
function yearlyControl(spec: ControlSpec, label: HTMLLabelElement, describedBy: string, onChange: (path: string, value: unknown) => void): YearlyControl {
  const id = idOf(spec.path);
  const yearId = (year: number) => `${id}-${year}`;
  /** The value shown last, and the scenario's first year. */
  let value: unknown;
  // (The schema always gives a default startYear; 2024 is its value, in case it ever does not.)
  let start = spec.startYear ?? 2024;
  /** An element to focus once the edit it asked for is shown. */
  let focusNext: string | null = null;
  const series = () => (isSeriesValue(value) ? value : {});
  const change = (v: unknown, focus: string | null = null) => {
    focusNext = focus;
    onChange(spec.path, v);
  };

  const one = h('input', { id, name: spec.path, type: 'number', inputmode: 'decimal', min: spec.min, max: spec.max, step: 'any', 'aria-describedby': describedBy, 'data-path': spec.path });
  onNumber(one, () => change(parseControlValue(spec, one.value)));
  const byYear = h('button', { type: 'button', class: 'yearly-action', 'data-action': 'by-year', 'aria-describedby': describedBy }, 'Set by year');
  byYear.addEventListener('click', () => change(toSeries(typeof value === 'number' ? value : spec.default, start), yearId(start + 1)));
  const oneBox = h('div', { class: 'yearly-one' }, one, byYear);

  const summary = h('p', { id: `${id}-series`, class: 'yearly-summary', 'aria-live': 'polite' });
  const years = h('div', { class: 'yearly-years', role: 'group', 'aria-label': `${spec.label}, by financial year` });
  const add = h('button', { type: 'button', class: 'yearly-action', 'data-action': 'add-year' }, 'Add a year');
  add.addEventListener('click', () => {
    const next = addYear(series(), start, spec.default);
    const ys = seriesYears(next);
    change(next, ys.length ? yearId(ys[ys.length - 1]![0]) : null);
  });
  const remove = h('button', { type: 'button', class: 'yearly-action', 'data-action': 'remove-year' }, 'Remove the last year');
  remove.addEventListener('click', () => change(removeLastYear(series())));
  const single = h('button', { type: 'button', class: 'yearly-action', 'data-action': 'one-number' }, 'Use one number');
  single.addEventListener('click', () => change(oneNumber(series()), id));
  const seriesBox = h('div', { class: 'yearly-series', hidden: true }, summary, years, h('div', { class: 'yearly-actions' }, add, remove, single));

  const inputs = new Map<number, HTMLInputElement>();
  let shownYears = '';
  const target = () => {
    const first = isSeriesValue(value) ? seriesYears(value)[0] : undefined;
    return first ? yearId(first[0]) : id;
  };
  const rebuild = (ys: ReadonlyArray<[number, unknown]>) => {
    clear(years);
    inputs.clear();
    for (const [year] of ys) {
      const input = h('input', {
        id: yearId(year),
        type: 'number',
        inputmode: 'decimal',
        min: spec.min,
        max: spec.max,
        step: 'any',
        'aria-describedby': `${id}-series ${describedBy}`,
        'data-path': `${spec.path}.${year}`,
        'data-year': year,
      });
      onNumber(input, () => {
        const t = input.value.trim();
        // An emptied year is not a value: the next show puts the series' value back.
        if (t === '') return;
        change(withYear(series(), year, Number.isFinite(Number(t)) ? Number(t) : t));
      });
      input.disabled = one.disabled;
      inputs.set(year, input);
      years.append(h('label', { class: 'yearly-year', for: yearId(year) }, h('span', {}, fyLabel(year)), input));
    }
  };

  return {
    nodes: [oneBox, seriesBox],
    show(v, raw) {
      value = v;
      start = startYearOf(raw, spec.startYear ?? start);
      const isSeries = isSeriesValue(v);
      oneBox.hidden = isSeries;
      seriesBox.hidden = !isSeries;
      if (!isSeries) {
        const text = formatControlValue(spec, v);
        if (document.activeElement !== one && one.value !== text) one.value = text;
      } else {
        const sentence = describeSeries(v);
        if (summary.textContent !== sentence) summary.textContent = sentence;
        const ys = seriesYears(v);
        const key = ys.map(([y]) => y).join(',');
        if (key !== shownYears) {
          rebuild(ys);
          shownYears = key;
        }
        for (const [year, x] of ys) {
          const input = inputs.get(year)!;
          const text = typeof x === 'number' ? String(x) : '';
          if (document.activeElement !== input && input.value !== text) input.value = text;
        }
        remove.disabled = one.disabled || ys.length <= 1;
      }
      label.htmlFor = target();
      if (focusNext) {
        document.getElementById(focusNext)?.focus();
        focusNext = null;
      }
    },
    setEnabled(on) {
      for (const el of [one, byYear, add, remove, single, ...inputs.values()]) el.disabled = !on;
      if (on && isSeriesValue(value)) remove.disabled = seriesYears(value).length <= 1;
    },
    markIssues(issues) {
      one.setAttribute('aria-invalid', issues.length ? 'true' : 'false');
      for (const [year, input] of inputs) input.setAttribute('aria-invalid', issues.some((i) => i.path === `${spec.path}.${year}`) ? 'true' : 'false');
    },
    target,
  };
}

/**
 * Renders controls into `host`.
 * @param onChange called with the path and the new value (undefined = remove the field)
 */
export function renderControls(host: HTMLElement, specs: readonly ControlSpec[], onChange: (path: string, value: unknown) => void): ControlsView {
  clear(host);
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const yearly = new Map<string, YearlyControl>();
  const errors = new Map<string, HTMLElement>();
  for (const spec of specs) {
    const id = idOf(spec.path);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    if (spec.kind === 'yearly') {
      const label = h('label', { for: id }, spec.label);
      const control = yearlyControl(spec, label, `${errorId} ${hintId}`, onChange);
      yearly.set(spec.path, control);
      const error = h('small', { id: errorId, class: 'control-error', hidden: true });
      errors.set(spec.path, error);
      host.append(h('div', { class: 'control control-yearly', 'data-control': spec.path }, label, ...control.nodes, error, h('small', { id: hintId, class: 'hint' }, hintOf(spec))));
      continue;
    }
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
  const valueAt = (raw: unknown, spec: ControlSpec) => {
    let v: unknown;
    try {
      v = getPath(raw, spec.path);
    } catch {
      v = undefined;
    }
    return v ?? spec.default;
  };
  return {
    show(raw) {
      for (const spec of specs) {
        const y = yearly.get(spec.path);
        if (y) {
          y.show(valueAt(raw, spec), raw);
          continue;
        }
        const input = inputs.get(spec.path)!;
        if (document.activeElement === input && input.tagName !== 'SELECT') continue;
        const text = formatControlValue(spec, valueAt(raw, spec));
        if (input.value !== text) input.value = text;
      }
    },
    setEnabled(on) {
      for (const i of inputs.values()) i.disabled = !on;
      for (const y of yearly.values()) y.setEnabled(on);
    },
    targetOf(path) {
      return yearly.get(path)?.target() ?? idOf(path);
    },
    markIssues(issues) {
      const shown = new Set<ScenarioIssue>();
      for (const spec of specs) {
        const mine = issues.filter((i) => issueUnder(i.path, spec.path));
        mine.forEach((i) => shown.add(i));
        const el = errors.get(spec.path)!;
        // A problem with one year of an input by year says which year.
        const year = (i: ScenarioIssue) => (spec.kind === 'yearly' ? /^\.(\d{4})$/.exec(i.path.slice(spec.path.length))?.[1] : undefined);
        const text = mine.map((i) => (year(i) ? `${fyLabel(Number(year(i)))}: ${i.message}` : i.message)).join(' ');
        if (el.textContent !== text) el.textContent = text;
        el.hidden = !mine.length;
        const y = yearly.get(spec.path);
        if (y) y.markIssues(mine);
        else inputs.get(spec.path)!.setAttribute('aria-invalid', mine.length ? 'true' : 'false');
        el.parentElement?.classList.toggle('invalid', mine.length > 0);
      }
      return issues.filter((i) => !shown.has(i));
    },
  };
}
