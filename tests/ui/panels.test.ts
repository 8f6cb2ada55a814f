/**
 * Panels rendered from a given page state, on the page's own markup
 * (index.html in linkedom): what each shows follows from the state alone,
 * and its inputs update the state.
 */
import { describe, expect, it } from 'vitest';
import { ChartQueue } from '../../src/ui/chartQueue.ts';
import { comparePanel, compareStaleReason, keptBaseline, tickedNames } from '../../src/ui/comparePanel.ts';
import type { CompareState } from '../../src/ui/compareState.ts';
import type { ControlSpec } from '../../src/ui/controlSpecs.ts';
import { controlsPanels, summaryLinks } from '../../src/ui/controlsPanel.ts';
import { infoPanel, scenarioAbout } from '../../src/ui/infoPanel.ts';
import { createPageStore, type PageState, type Store } from '../../src/ui/pageStore.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import { balanceCount } from '../../src/ui/runChartsPanel.ts';
import { parameterCount, sensitivityPanel, sensitivityStaleReason } from '../../src/ui/sensitivityPanel.ts';
import type { SensitivityState } from '../../src/ui/sensitivityState.ts';
import { variantPanel } from '../../src/ui/variantPanel.ts';
import type { RangedParameter } from '../../src/sweep/parameterSpace.ts';
import { usePageDocument } from '../helpers/pageDocument.ts';

const doc = usePageDocument();

const spec = (path: string, label: string): ControlSpec => ({ path, label, description: '', kind: 'number', known: true, min: 0, max: 1, default: 0.5 });
const SPECS = [spec('seed', 'Seed'), spec('governance.devolution.share', 'Delegated share'), spec('years', 'Years')];
const RAW = { name: 'test', seed: 3, variants: { devolved: { 'governance.devolution.mode': 'delegated' }, tight: { years: 2 } } };

/** Dispatches a DOM event on an element (linkedom has the constructors on the document's window). */
function fire(el: Element, type: string): void {
  const Event = (doc().defaultView as unknown as { Event: typeof globalThis.Event }).Event;
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

function compareOn(page: Store<PageState>) {
  return comparePanel({ store: page, currentRaw: () => RAW, specs: SPECS, modelArgs: () => 'models/test.json', charts: new ChartQueue() });
}

describe('the comparison panel', () => {
  it('derives the options ticked, the baseline kept and the reason results are stale from its state', () => {
    const c = createPageStore(null).get().compare;
    const listed: CompareState = { ...c, raw: RAW, variants: ['devolved', 'tight'] };
    // With variants, every variant and the scenario are ticked, the changed setting is not.
    expect(tickedNames(listed)).toEqual(['base', 'devolved', 'tight']);
    expect(keptBaseline(listed)).toBe('base');
    const noBase = { ...listed, baseline: 'base', checked: { base: false, __setting: true } };
    expect(tickedNames(noBase)).toEqual(['devolved', 'tight', 'setting']);
    expect(keptBaseline(noBase)).toBe('devolved');
    // Without variants the changed setting is ticked by default.
    expect(tickedNames({ ...c, variants: [] })).toEqual(['base', 'setting']);
    expect(compareStaleReason(listed, 'years')).toBeNull();
    expect(compareStaleReason({ ...listed, shownKey: 'other', raw: undefined }, 'years')).toMatch(/^the scenario now has problems/);
    expect(compareStaleReason({ ...listed, shownKey: 'other' }, 'years')).toMatch(/^the scenario or the options were changed/);
    // While a comparison runs nothing is stale.
    expect(compareStaleReason({ ...listed, shownKey: 'other', running: true }, 'years')).toBeNull();
  });

  it('renders its options, baseline, replications note, progress and error from the state, and its inputs update it', () => {
    const page = createPageStore('default');
    const panel = compareOn(page);
    // Hidden until its panel is mounted, so nothing is pressed before its actions are wired.
    expect(doc().getElementById('compare-body')!.hidden).toBe(true);
    const root = mountPanel(panel, page, doc());
    expect(doc().getElementById('compare-body')!.hidden).toBe(false);
    const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
    // The settings offered are the controls' but the seed (a comparison's replications have their own seeds).
    expect([...q<HTMLSelectElement>('compare-path').options].map((o) => o.value)).toEqual(['governance.devolution.share', 'years']);
    expect(q('compare-arms').children.length).toBe(0);

    panel.refresh(RAW);
    const boxes = () => [...q('compare-arms').querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => [b.value, b.checked]);
    expect(boxes()).toEqual([
      ['base', true],
      ['devolved', true],
      ['tight', true],
      ['__setting', false],
    ]);
    expect([...q<HTMLSelectElement>('compare-baseline').options].map((o) => o.value)).toEqual(['base', 'devolved', 'tight']);
    expect(q<HTMLSelectElement>('compare-baseline').value).toBe('base');

    // Unticking the baseline moves it to the first option ticked.
    const base = q('compare-arms').querySelector<HTMLInputElement>('input[value="base"]')!;
    base.checked = false;
    fire(base, 'change');
    expect(page.get().compare.checked).toEqual({ base: false });
    expect(page.get().compare.baseline).toBe('devolved');
    expect(q<HTMLSelectElement>('compare-baseline').value).toBe('devolved');

    // Typed replications: the note says what will run.
    const n = q<HTMLInputElement>('compare-n');
    n.value = '1';
    fire(n, 'input');
    expect(page.get().compare.nText).toBe('1');
    expect(q('compare-n-note').textContent).toBe('1 replication asked for: 2 run instead (an interval needs at least 2).');
    expect(n.getAttribute('aria-invalid')).toBe('false');
    page.update({ compare: { ...page.get().compare, nText: 'many' } });
    expect(n.value).toBe('many');
    expect(n.getAttribute('aria-invalid')).toBe('true');

    page.update({ compare: { ...page.get().compare, running: true, done: 3, total: 8, status: '3 of 8 replications done\u2026', error: 'Choose at least one option to run.' } });
    expect([q<HTMLButtonElement>('compare-run').disabled, q<HTMLButtonElement>('compare-cancel').disabled]).toEqual([true, false]);
    expect([q<HTMLProgressElement>('compare-progress').value, q<HTMLProgressElement>('compare-progress').max]).toEqual([3, 8]);
    expect(q('compare-status').textContent).toBe('3 of 8 replications done\u2026');
    expect(q('compare-error').hidden).toBe(false);
    expect(q('compare-error').textContent).toBe('Choose at least one option to run.');
  });

  it('marks the comparison shown stale when a setting differs from those it ran for', () => {
    const page = createPageStore('default');
    const panel = compareOn(page);
    const root = mountPanel(panel, page, doc());
    panel.refresh(RAW);
    const output = root.querySelector<HTMLElement>('#compare-output')!;
    const notice = root.querySelector<HTMLElement>('#compare-stale')!;
    // The key of the settings shown is the key of these very settings: current.
    const c = page.get().compare;
    const key = JSON.stringify([RAW, ['base', 'devolved', 'tight'], 'governance.devolution.share', '', 'base', '10']);
    page.update({ compare: { ...c, shownKey: key } });
    expect(output.dataset.stale).toBe('false');
    expect(notice.hidden).toBe(true);
    const value = root.querySelector<HTMLInputElement>('#compare-value')!;
    value.value = '0.3';
    fire(value, 'input');
    expect(output.dataset.stale).toBe('true');
    expect(notice.hidden).toBe(false);
    expect(root.querySelector('#compare-stale-text')!.textContent).toMatch(/^the scenario or the options were changed/);
    value.value = '';
    fire(value, 'input');
    expect(output.dataset.stale).toBe('false');
  });
});

describe('the Sensitivity panel', () => {
  const P = (path: string): RangedParameter => ({ path, lo: 0, hi: 1, integer: false, source: 'test' });

  it('counts the parameters chosen and the runs they make, and says why a screen is stale', () => {
    const s: SensitivityState = { ...createPageStore(null).get().sensitivity, listed: [P('a'), P('b'), P('c')], unticked: ['b'] };
    expect(parameterCount(s)).toEqual({ text: '2 of 3 parameters chosen \u2014 12 runs (show the list)', count: 2 });
    expect(parameterCount({ ...s, trajText: '2.5' })).toEqual({ text: '2 of 3 parameters chosen (show the list)', count: 2 });
    expect(parameterCount({ ...s, listInvalid: true })).toEqual({ text: 'Parameters (the scenario is invalid)', count: null });
    expect(parameterCount({ ...s, listed: null })).toEqual({ text: 'Parameters', count: null });
    expect(sensitivityStaleReason(s)).toBeNull();
    expect(sensitivityStaleReason({ ...s, shownKey: 'x', raw: undefined })).toMatch(/^the scenario now has problems/);
    expect(sensitivityStaleReason({ ...s, shownKey: 'x', raw: {} })).toMatch(/^the scenario or the screen\u2019s settings were changed/);
  });

  it('is shown once mounted, lists the parameters ticked from the state, and its boxes update it', () => {
    const page = createPageStore('default');
    const body = doc().getElementById('sens-body')!;
    expect(body.hidden).toBe(true);
    const root = mountPanel(sensitivityPanel({ store: page, currentRaw: () => undefined, modelArgs: () => '', charts: new ChartQueue() }), page, doc());
    expect(body.hidden).toBe(false);
    const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
    expect(q<HTMLSelectElement>('sens-metric').options.length).toBeGreaterThan(1);
    expect(q<HTMLInputElement>('sens-trajectories').value).toBe('4');
    page.update({ sensitivity: { ...page.get().sensitivity, listed: [P('a.x'), P('b.y')], unticked: ['b.y'] } });
    const boxes = () => [...q('sens-params').querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => [b.value, b.checked]);
    expect(boxes()).toEqual([
      ['a.x', true],
      ['b.y', false],
    ]);
    expect(q('sens-count').textContent).toBe('1 of 2 parameters chosen \u2014 8 runs (show the list)');
    expect(q('sens-count').dataset.count).toBe('1');
    const box = q('sens-params').querySelector<HTMLInputElement>('input[value="b.y"]')!;
    box.checked = true;
    fire(box, 'change');
    expect(page.get().sensitivity.unticked).toEqual([]);
    fire(q('sens-none'), 'click');
    expect(boxes()).toEqual([
      ['a.x', false],
      ['b.y', false],
    ]);
    page.update({ sensitivity: { ...page.get().sensitivity, phase: 'running', running: true } });
    expect(root.dataset.state).toBe('running');
    expect(q<HTMLButtonElement>('sens-run').disabled).toBe(true);
  });
});

describe('the controls and the problems summary', () => {
  it('links each problem to the control at or above its path, else to the JSON editor', () => {
    const issues = [
      { path: 'years', message: 'too large' },
      { path: 'governance.devolution.share.x', message: 'bad' },
      { path: 'allocation.rule', message: 'unknown rule' },
      { path: '', message: 'not an object' },
    ];
    const target = (p: string) => `ctl-${p}`;
    expect(summaryLinks(issues, SPECS, target, false)).toEqual([
      { target: 'ctl-years', label: 'Years', message: 'too large' },
      { target: 'ctl-governance.devolution.share', label: 'Delegated share', message: 'bad' },
      { target: 'scenario-json', label: 'allocation.rule', message: 'unknown rule' },
      { target: 'scenario-json', label: '(whole scenario)', message: 'not an object' },
    ]);
    expect(summaryLinks(issues.slice(2, 3), SPECS, target, true)[0]!.target).toBe('scenario-json-open');
  });

  it('builds the controls once their specs are in the state, and lists the problems at the top of the page', () => {
    const page = createPageStore('default');
    const { controls, errorSummary } = controlsPanels({ apply: () => undefined, editorHeld: () => false });
    const host = mountPanel(controls, page, doc());
    const summary = mountPanel(errorSummary, page, doc());
    expect(host.children.length).toBe(0);
    expect(summary.hidden).toBe(true);
    page.update({ specs: SPECS, editorRaw: { seed: 3, years: 5 } });
    expect(host.querySelectorAll('[data-path]').length).toBe(3);
    expect(host.querySelector<HTMLInputElement>('[data-path="years"]')!.value).toBe('5');
    page.update({ lastIssues: [{ path: 'years', message: 'must be at most 30' }] });
    expect(summary.hidden).toBe(false);
    expect(summary.querySelector('#error-summary-heading')!.textContent).toBe('1 problem in the scenario: it cannot run until it is fixed');
    expect(summary.querySelector('#error-summary-list')!.textContent).toBe('Years: must be at most 30');
    expect(summary.querySelector('a')!.getAttribute('href')).toBe('#ctl-years');
  });
});

describe('Run as and the Info panel', () => {
  it('offer the scenario\u2019s variants and describe it, once it has been read', () => {
    const page = createPageStore('default');
    const row = mountPanel(variantPanel, page, doc());
    const info = mountPanel(infoPanel, page, doc());
    expect(row.hidden).toBe(false);
    expect(info.children.length).toBe(0);
    page.update({ about: scenarioAbout({ description: 'A test.', sources: ['A source', 7] }), variants: [], variant: '' });
    expect(row.hidden).toBe(true);
    expect(info.querySelector('#info-scenario summary')!.textContent).toBe('About the scenario: this scenario');
    expect(info.querySelector('#info-sources summary')!.textContent).toBe('Sources (1)');
    page.update({ about: scenarioAbout(RAW), variants: ['devolved', 'tight'], variant: 'tight' });
    expect(row.hidden).toBe(false);
    expect([...row.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['the scenario as edited', 'variant "devolved"', 'variant "tight"']);
    expect(row.querySelector<HTMLSelectElement>('#variant')!.value).toBe('tight');
    expect(info.querySelector('#info-scenario')!.textContent).toContain('Named variants (options) in the file: devolved, tight.');
  });
});

describe('the balance chart\u2019s count', () => {
  it('says how many lines are drawn and offers Show all while that stays readable', () => {
    expect(balanceCount(10, 'organisations', false)).toEqual({ shown: 10, text: 'All 10 organisations.', allHidden: true, allLabel: 'Show all 10' });
    expect(balanceCount(40, 'organisations', false)).toEqual({ shown: 16, text: 'Top 16 of 40 organisations (largest balances at the end).', allHidden: false, allLabel: 'Show all 40' });
    expect(balanceCount(40, 'organisations', true)).toEqual({ shown: 40, text: 'All 40 organisations.', allHidden: false, allLabel: 'Show the top 16' });
    expect(balanceCount(300, 'organisations', true)).toEqual({ shown: 16, text: 'Top 16 of 300 organisations (largest balances at the end). Choose an ICS above to see its organisations.', allHidden: true, allLabel: 'Show all 300' });
    expect(balanceCount(0, 'kinds', false).text).toBe('');
  });
});

describe('the decision log', () => {
  it('shows the decisions its filter in the page state picks, and its filters and pager ask for another', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScenario, runScenario } = await import('../../src/engine/index.ts');
    const { decisionLogPanel } = await import('../../src/ui/decisionLogPanel.ts');
    const raw = JSON.parse(readFileSync(new URL('../../models/cumbria.json', import.meta.url), 'utf8')) as unknown;
    const r = runScenario(parseScenario(raw, 'cumbria'), { seed: 1 });
    const page = createPageStore('cumbria');
    const panel = decisionLogPanel({
      views: () => import('../../src/ui/resultViews.ts'),
      monthLabel: (_r, m) => `m${m}`,
      after: () => Promise.resolve(),
      setFilter: (decisionFilter) => page.update({ decisionFilter }),
    });
    const root = mountPanel(panel, page, doc());
    expect(root.hidden).toBe(true);
    page.update({ lastResult: r });
    await panel.drawn();
    expect(root.hidden).toBe(false);
    const rows = () => [...root.querySelectorAll<HTMLElement>('#decision-table tbody tr:not(.decision-detail)')];
    const count = () => root.querySelector('#decision-count')!.textContent;
    const all = rows().length;
    expect(count()).toBe(`${all} decisions match; showing 1 to ${all}.`);
    // Only ICB boards: the state says so, and the rows follow.
    page.update({ decisionFilter: { scope: 'icb', year: null, board: '', page: 0 } });
    expect(root.querySelector<HTMLSelectElement>('#decision-scope')!.value).toBe('icb');
    expect(rows().every((tr) => tr.dataset.scope === 'icb')).toBe(true);
    expect(rows().length).toBeLessThan(all);
    expect(count()).toMatch(new RegExp(`^${rows().length} decisions? match`));
    // The year filter asks for a new filter, on the first page, with the kind of board kept.
    const year = root.querySelector<HTMLSelectElement>('#decision-year')!;
    const first = [...year.options][1]!.value;
    year.value = first;
    fire(year, 'change');
    expect(page.get().decisionFilter).toEqual({ scope: 'icb', year: Number(first), board: '', page: 0 });
    expect(rows().length).toBe(1);
  });
});
