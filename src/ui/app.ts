/**
 * The experiment runner page's wiring (loaded by `main.ts`): the page's
 * store, the run controller and the chart queue; the panels mounted on the
 * store (each panel module renders its part of the page from the store:
 * docs/ARCHITECTURE.md, "The page's state and panels"); and the actions that
 * turn events (the controller's, the editor's, the buttons') into store
 * updates and controller calls: validating the scenario as it is edited,
 * running it, loading and saving files, the link, exports.
 */
// First: zod without eval, under the page's Content-Security-Policy, set where zod will read it when a later chunk
// loads it (the page's start-up code itself never loads zod).
import './zodJitlessGlobal.ts';
import type { StartInfo } from '../api/index.ts';
import { infoPanel, scenarioAbout } from './infoPanel.ts';
import { defaultView, viewChoices } from './balanceView.ts';
import type { MonthSnapshot, RunResult, ScenarioIssue } from '../engine/index.ts';
// The light entry: a value imported from index.ts would evaluate the whole engine (its schema) on the page's start-up.
import { KEY_PARAMETERS, setPath } from '../engine/light.ts';
import type * as Validation from './validation.ts';
import { ChartQueue } from './chartQueue.ts';
import { controlSpec, type SchemaNode } from './controlSpecs.ts';
import { byId, groupDigits, upgradeScrollRegions, whenIdle, yieldToPage } from './dom.ts';
import { download, fileName, svgText, svgToPng } from './exporters.ts';
import type { InitialScenario } from './initialScenario.ts';
import { ScenarioEditor } from './scenarioEditor.ts';
import { DEFAULT_MODEL, loadModelText } from './models.ts';
import { monthly } from './resultFields.ts';
import { RunController, SPEEDS, type RunState } from './runController.ts';
import { runButton, runPanel } from './runPanel.ts';
import { pageMarksPanel } from './pageMarksPanel.ts';
import { variantPanel } from './variantPanel.ts';
import type { SimWorkers } from './simWorker.ts';
import { createPageStore, type ErrorSource, type PageState } from './pageStore.ts';
import { mountPanel } from './panel.ts';
import { runChartsPanel, startLive } from './runChartsPanel.ts';
import { headlinePanel } from './headlinePanel.ts';
import { controlsPanels } from './controlsPanel.ts';
import { scenarioPanel } from './scenarioPanel.ts';
import { resultTablesPanel, runMonthLabel } from './resultTablesPanel.ts';
import { decisionLogPanel } from './decisionLogPanel.ts';
import { ALL_DECISIONS } from './decisionLogFilter.ts';
import { errorPanel } from './errorPanel.ts';
import { issuesPanel } from './issuesPanel.ts';
import { stalePanel } from './stalePanel.ts';
import { installTooltip } from './tooltip.ts';
import type * as ResultViews from './resultViews.ts';
import { runFooter } from '../export/runFooter.ts';
import { VERSION } from '../engine/light.ts';
import { applySets, diffToSets, encodeScenario, withVariant } from './urlState.ts';

/** What the page entry (main.ts) has started before the page loads, handed to {@link startApp}. */
export interface AppStart {
  /** The scenario the page opens with (the link's, or the default), worked out once by the entry. */
  initial: Promise<InitialScenario>;
  /** The page's simulation workers, one of which may already run the initial scenario. */
  workers: SimWorkers;
}

/**
 * Sets the page up and starts its first run. Everything the page keeps
 * between events lives in this call (its closures and the objects it
 * makes), none of it at module level, so importing this module does nothing.
 */
export function startApp(start: AppStart): void {
  /** The page's state, in one place. */
  const page = createPageStore(DEFAULT_MODEL);
  // The run controller first, so its worker loads while the page sets up.
  const controller = new RunController({
    state: onRunState,
    started(info: Extract<StartInfo, { ok: true }>) {
      hideError();
      performance.mark('icsim:run-start');
      const { live: prev, balanceView } = page.get();
      // The balances' views of this run; the one that suits its size unless the view shown is still offered for the same choices.
      const choices = viewChoices(info.tracked).map((c) => c.value);
      const sameChoices = prev.labels.length > 0 && viewChoices(prev.tracked).map((c) => c.value).join('|') === choices.join('|');
      page.update({
        live: startLive(info.startYear, info.totalMonths, info.tracked),
        ...(sameChoices && choices.includes(balanceView) ? {} : { balanceView: defaultView(info.tracked) }),
        runs: page.get().runs + 1,
        month: 0,
        totalMonths: info.totalMonths,
        lastResult: null,
        runMeta: `${info.scenario}: ${groupDigits(info.organisations)} organisations, seed ${String(info.seed)}, ${info.totalMonths / 12} year${info.totalMonths === 12 ? '' : 's'}.`,
      });
    },
    months(snaps: MonthSnapshot[]) {
      const last = snaps[snaps.length - 1];
      if (!last) return;
      // The live charts (runChartsPanel.ts) draw the new months.
      const { live, runState } = page.get();
      page.update({
        live: {
          ...live,
          beds: live.beds.concat(snaps.map((s) => s.bedsOccupied)),
          delayed: live.delayed.concat(snaps.map((s) => s.delayedDischarges)),
          balances: live.balances.map((b, i) => b.concat(snaps.map((s) => s.balances[i]!))),
        },
        month: last.month + 1,
        // A passing notice gives way to the running run's progress.
        ...(runState === 'running' ? { notice: null } : {}),
      });
    },
    async result(r, final) {
      // The authoritative series, drawn at once (live redraws may be throttled), and the result's charts (runChartsPanel.ts).
      const m = monthly(r);
      const { live } = page.get();
      page.update({
        lastResult: r,
        decisionFilter: ALL_DECISIONS,
        live: { ...live, beds: m.bedsOccupied, delayed: m.delayedDischarges, balances: live.tracked.map((t) => m.balances.get(t.org) ?? []), complete: true },
      });
      if (final) page.update({ resultHash: `${r.meta.scenarioHash}:${String(r.meta.seed)}` });
      // The headline, tables and decision log are panels on the store (headlinePanel.ts, resultTablesPanel.ts, decisionLogPanel.ts).
      await resultTables.drawn();
      await decisionLogSection.drawn();
      await charts.drawn();
      // The run is over once its results are on the page (the browser bench measures up to here).
      if (final) performance.mark('icsim:run-end');
    },
    error(message) {
      showError(message);
      void loadChecks();
    },
  }, start.workers);

  controller.warm();

  // ---------- scenario state (the page's state is in the store; caches and views are here) ----------
  /** The comparison section, once set up. */
  let compare: { refresh(raw: unknown): void } | null = null;
  /** The sensitivity panel, once set up. */
  let sensitivity: { refresh(raw: unknown): void } | null = null;

  const jsonArea = byId<HTMLTextAreaElement>('scenario-json');
  /** The scenario's text; a large one goes into the text area only when the user asks to edit it. */
  const editor = new ScenarioEditor(jsonArea);

  /**
   * Builds the controls from the committed JSON Schema (a unit test keeps it
   * equal to the zod schema's; reading it is cheaper than generating it),
   * loaded as a chunk of its own (about 100 kB) so that it is not part of the
   * page's start-up. Once only; the same promise for every caller.
   */
  let controlsBuilt: Promise<void> | null = null;
  function buildControls(): Promise<void> {
    return (controlsBuilt ??= (async () => {
      const jsonSchema = (await import('../../models/scenario.schema.json')).default as unknown as SchemaNode;
      // The controls (controlsPanel.ts) are built from them.
      page.update({ specs: KEY_PARAMETERS.map((p) => controlSpec(jsonSchema, p)) });
    })());
  }

  /** The editor's text last parsed, and what it gave (the same object while the text is unchanged; nothing mutates it). */
  let lastParse: { text: string; result: { ok: true; raw: unknown } | { ok: false } } | null = null;

  function parseEditor(): { ok: true; raw: unknown } | { ok: false } {
    const text = editor.text;
    // Once per text: a large scenario takes about 10 ms a parse, and one validation reads it several times.
    if (lastParse?.text === text) return lastParse.result;
    let result: { ok: true; raw: unknown } | { ok: false };
    try {
      result = { ok: true, raw: JSON.parse(text) as unknown };
    } catch {
      result = { ok: false };
    }
    lastParse = { text, result };
    return result;
  }

  function showIssues(issues: ScenarioIssue[]): void {
    // Listed under the editor (issuesPanel.ts), at the top of the page and beside the controls (controlsPanel.ts).
    page.update({ lastIssues: issues, scenarioChecked: true });
  }

  /**
   * The scenario checks: the engine's schema, a chunk loaded after the first
   * run (or at the first edit), so that evaluating it never holds the page
   * while the first run streams; the comparison section is set up with it.
   */
  let checks: typeof Validation | null = null;
  let checksLoading: Promise<void> | null = null;
  function loadChecks(): Promise<void> {
    return (checksLoading ??= (async () => {
      // The comparison and the error summary need the controls' specs.
      await buildControls();
      checks = await import('./validation.ts');
      await yieldToPage();
      validateEditor();
      const { comparePanel } = await import('./comparePanel.ts');
      await yieldToPage();
      const comparison = comparePanel({ store: page, currentRaw: () => validateEditor(), specs: page.get().specs, modelArgs, charts });
      mountPanel(comparison, page);
      comparison.refresh(validateEditor());
      compare = comparison;
      const { bootProblem, bootUnrun, lastIssues } = page.get();
      if (bootProblem) bootFailed(bootProblem);
      else if (bootUnrun && lastIssues.length) bootFailed(`The scenario is invalid, so it was not run:\n${lastIssues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n')}`, 'scenario');
      const screen = (await import('./sensitivityPanel.ts')).sensitivityPanel({ store: page, currentRaw: () => validateEditor(), modelArgs, charts });
      mountPanel(screen, page);
      sensitivity = screen;
    })());
  }
  /** The scenario in the editor as command-line arguments: the bundled model with its edits as --set, or a saved file. */
  function modelArgs(raw: unknown): string {
    const { modelName, baseRaw } = page.get();
    const sets = modelName && baseRaw !== null ? diffToSets(baseRaw, raw) : null;
    if (!sets) return 'SCENARIO.json (the scenario saved with "Save scenario file")';
    const quote = (v: unknown) => {
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      return /^[\w.:+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
    };
    return [`models/${modelName}.json`, ...sets.map(([p, v]) => `--set ${p}=${quote(v)}`)].join(' ');
  }


  /**
   * The page's first run could not start: the message is shown and the run
   * state is `error`, so anything waiting for `done` or `error` stops waiting.
   */
  function bootFailed(message: string, source: ErrorSource = 'input'): void {
    page.update({ bootUnrun: false });
    showError(message, source);
    if (controller.state === 'idle') notStarted(message.split('\n')[0]!.replace(/[.:]$/, ''));
  }

  /** Says that a run could not start, and why; the message goes with the error it belongs to. */
  function notStarted(why: string): void {
    page.update({ notStarted: why });
  }
  const prepareScenario: typeof Validation.prepareScenario = (...a) => checks!.prepareScenario(...a);
  const readVariants: typeof Validation.readVariants = (...a) => checks!.readVariants(...a);
  const applyVariant: typeof Validation.applyVariant = (...a) => checks!.applyVariant(...a);

  /** The last text validated and its outcome (validation runs at start-up, on typing, controls and runs). */
  let validated: { text: string; issues: ScenarioIssue[] } | null = null;

  /** Validates the editor's text, refreshes controls and the link. Returns the raw data when valid. */
  function validateEditor(): unknown {
    if (!checks) {
      // Until the checks have loaded, the controls show the editor's values; the checks then validate it.
      const parsed = parseEditor();
      if (parsed.ok) page.update({ editorRaw: parsed.raw });
      void loadChecks();
      return undefined;
    }
    const text = editor.text;
    if (validated?.text !== text) {
      const p = prepareScenario(text, {}, 'scenario');
      validated = { text, issues: p.ok ? [] : p.issues };
    }
    showIssues(validated.issues);
    const parsed = parseEditor();
    if (parsed.ok) page.update({ editorRaw: parsed.raw });
    const ok = !validated.issues.length && parsed.ok;
    if (parsed.ok) refreshVariants(parsed.raw);
    // A message about the scenario's validity goes once the scenario is valid again.
    if (ok && page.get().errorSource === 'scenario') hideError();
    refreshStale(ok ? parsed.raw : undefined, ok);
    // The options to compare follow the scenario (its variants are listed at once); comparison and
    // sensitivity results computed for other settings are marked stale (undefined: the scenario is invalid).
    compare?.refresh(ok ? parsed.raw : undefined);
    sensitivity?.refresh(ok ? parsed.raw : undefined);
    if (ok) {
      updateLink(parsed.raw);
      return parsed.raw;
    }
    return undefined;
  }

  // ---------- named variants and the Info panel ----------
  let listedVariants = '';
  /** Lists the scenario's variants under "Run as" (variantPanel.ts) and refreshes the Info panel (infoPanel.ts) when the scenario's text fields change. */
  function refreshVariants(raw: unknown): void {
    let names: string[] = [];
    try {
      names = Object.keys(readVariants(raw));
    } catch {
      names = [];
    }
    const r = raw as { name?: unknown; description?: unknown; sources?: unknown };
    const key = JSON.stringify([names, r?.name, r?.description, r?.sources]);
    if (key === listedVariants) return;
    listedVariants = key;
    const prev = page.get().pendingVariant ?? page.get().variant;
    page.update({ pendingVariant: null, variants: names, variant: names.includes(prev) ? prev : '', about: scenarioAbout(raw) });
  }
  byId<HTMLSelectElement>('variant').addEventListener('change', (e) => {
    page.update({ variant: (e.target as HTMLSelectElement).value });
    validateEditor();
  });

  /** The settings a run uses: the editor's scenario with the chosen variant applied (throws for a bad variant). */
  function runSettings(raw: unknown): unknown {
    const { variant } = page.get();
    return variant ? applyVariant(raw, variant) : raw;
  }

  // ---------- stale results ----------

  /** Records the settings a run starts with: its results match them. */
  function markRunSettings(raw: unknown, run: unknown): void {
    page.update({ shownSettings: { raw, variant: currentVariant() }, shownRunRaw: run });
    refreshStale(raw, true);
  }

  /** The variant chosen (or asked for by the link, until the scenario's variants are listed). */
  const currentVariant = () => page.get().pendingVariant ?? page.get().variant;

  /**
   * Whether the editor's scenario `raw` with the variant chosen are the settings of the results shown: the
   * same object while the editor's text is unchanged (nothing is compared: for England, turning its 0.9 MB
   * into text twice was a third of the page's longest start-up task), else equal as canonical JSON.
   */
  function sameSettings(raw: unknown, shown: { raw: unknown; variant: string }): boolean {
    if (currentVariant() !== shown.variant) return false;
    return raw === shown.raw || rawKey(raw) === rawKey(shown.raw);
  }

  /** Canonical JSON of parsed settings, kept for the objects seen (the editor's parse is reused while its text is unchanged). */
  const rawKeys = new WeakMap<object, string>();
  function rawKey(raw: unknown): string {
    if (typeof raw !== 'object' || raw === null) return JSON.stringify(raw);
    let key = rawKeys.get(raw);
    if (key === undefined) rawKeys.set(raw, (key = JSON.stringify(raw)));
    return key;
  }

  /** Compares the settings in the editor with those of the results shown; greys the results and says so when they differ. */
  function refreshStale(raw: unknown, valid: boolean): void {
    const { shownSettings } = page.get();
    const stale = shownSettings !== null && (!valid || !sameSettings(raw, shownSettings));
    page.update({ editorValid: valid, stale });
  }

  /** What the link was last made from (making it compares the scenario with its model's: for England, tens of ms). */
  let linkMadeFrom: { raw: unknown; model: string | null; variant: string } | null = null;
  function updateLink(raw: unknown): void {
    const { modelName, baseRaw } = page.get();
    const { variant } = page.get();
    if (linkMadeFrom && linkMadeFrom.raw === raw && linkMadeFrom.model === modelName && linkMadeFrom.variant === variant) return;
    linkMadeFrom = { raw, model: modelName, variant };
    const query = withVariant(encodeScenario(modelName, baseRaw, raw), variant);
    history.replaceState(null, '', `${location.pathname}${query}`);
    page.update({ link: location.href });
  }

  function setEditor(text: string): void {
    editor.set(text);
    validateEditor();
  }

  function applyControl(path: string, value: unknown): void {
    const parsed = parseEditor();
    if (!parsed.ok) {
      showError('The scenario JSON does not parse, so the control cannot change it. Fix the JSON first.', 'scenario');
      return;
    }
    let raw: unknown;
    try {
      raw = setPath(parsed.raw, path, value);
    } catch (e) {
      showError(`${path}: ${(e as Error).message}`, 'input');
      return;
    }
    setEditor(JSON.stringify(raw, null, 2) + '\n');
  }

  let typingTimer = 0;
  jsonArea.addEventListener('input', () => {
    if (page.get().errorSource === 'input') hideError();
    clearTimeout(typingTimer);
    typingTimer = window.setTimeout(validateEditor, 150);
  });

  async function pickModel(name: string, sets: Array<[string, unknown]> = []): Promise<boolean> {
    const text = await loadModelText(name);
    const baseRaw = JSON.parse(text) as unknown;
    page.update({ modelName: name, baseRaw });
    if (!sets.length) {
      // The model's data is the editor's parse of its text (a large scenario is not parsed twice).
      lastParse = { text, result: { ok: true, raw: baseRaw } };
      setEditor(text);
      return true;
    }
    try {
      setEditor(JSON.stringify(applySets(baseRaw, sets), null, 2) + '\n');
      return true;
    } catch (e) {
      setEditor(text);
      showError(`The link's overrides could not be applied: ${(e as Error).message}`, 'input');
      return false;
    }
  }

  byId<HTMLSelectElement>('model').addEventListener('change', (e) => {
    hideError();
    void pickModel((e.target as HTMLSelectElement).value).catch((e: Error) => showError(e.message, 'input'));
  });

  byId<HTMLInputElement>('load-file').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    hideError();
    const text = await file.text();
    input.value = '';
    // A bad file never replaces the scenario in the editor: it is checked first.
    await loadChecks();
    const p = prepareScenario(text, {}, file.name);
    if (!p.ok) {
      showError(`${file.name} is not a valid scenario, so the scenario in the editor was kept: ${p.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, 'input');
      return;
    }
    page.update({ modelName: null, baseRaw: null });
    setEditor(text);
  });

  byId('save-file').addEventListener('click', () => {
    const parsed = parseEditor();
    const name = parsed.ok && typeof (parsed.raw as { name?: unknown }).name === 'string' ? (parsed.raw as { name: string }).name : 'scenario';
    download(fileName(name, 'json'), new Blob([editor.text], { type: 'application/json' }));
  });

  byId('copy-link').addEventListener('click', async () => {
    const link = byId<HTMLInputElement>('share-link');
    link.select();
    try {
      await navigator.clipboard.writeText(link.value);
      page.update({ notice: 'Link copied.' });
    } catch {
      page.update({ notice: 'Select the link and copy it (the browser refused clipboard access).' });
    }
  });

  // ---------- messages ----------
  // The box itself is the error panel's (errorPanel.ts), rendered from the store.
  function showError(message: string, source: ErrorSource = 'run'): void {
    page.update({ errorMessage: message, errorSource: source });
  }
  function hideError(): void {
    // The status follows the settings now: the reason a run could not start has gone with its message.
    page.update({ errorMessage: null, errorSource: null, notStarted: null });
  }
  byId('error-dismiss').addEventListener('click', hideError);

  // ---------- charts ----------
  /** The page's one queue of chart redraws (main charts, comparison and sensitivity screen). */
  const charts = new ChartQueue();
  const runCharts = runChartsPanel({
    store: page,
    queue: charts,
    // Every export of a run's chart carries the run's provenance (the line `icsim chart` prints under a figure).
    provenance: () => {
      const { lastResult } = page.get();
      return lastResult ? runFooter(lastResult.meta, new Date().toISOString().slice(0, 10)) : `icsim ${VERSION}, a run in progress (not finished)`;
    },
    firstChart() {
      performance.mark('icsim:first-chart');
      page.update({ firstChart: true });
      // The views of the finished run load while it streams, and so does the checks' module (the engine's schema, built
      // in one task as it loads: the main thread is freer while the worker computes the run than once it has finished).
      setTimeout(() => void resultViews(), 0);
      // (A failure to load it is reported by loadChecks, which imports it when the checks are needed.)
      whenIdle(() => void import('./validation.ts').catch(() => undefined));
    },
  });

  /** Shows the organisations of one ICS in the balance chart (the drill-down from the table by ICS). */
  function showSystemBalances(system: string): void {
    page.update({ balanceView: `system:${system}` });
    byId('chart-balances').scrollIntoView({ block: 'start' });
  }

  /** The views of a finished run (headline, tables, decision log): a chunk of their own, loaded after the first chart. */
  let resultViewsLoading: Promise<typeof ResultViews> | null = null;
  const resultViews = (): Promise<typeof ResultViews> => (resultViewsLoading ??= import('./resultViews.ts'));

  const monthLabel = (r: RunResult, m: number) => runMonthLabel(r, m, page.get().live.labels);
  const headline = headlinePanel({
    views: resultViews,
    defaultOf: (path) => page.get().specs.find((s) => s.path === path)?.default,
    isCurrent: (r) => page.get().lastResult === r,
    // The checks run, and the comparison and Sensitivity panels mount, once the first run's headline is drawn
    // (their module, the engine's schema, has loaded while the run streamed: see `firstChart`).
    shown: () => setTimeout(() => void loadChecks(), 0),
  });
  const resultTables = resultTablesPanel({ views: resultViews, drill: showSystemBalances, monthLabel });
  const decisionLogSection = decisionLogPanel({ views: resultViews, monthLabel, after: () => resultTables.drawn(), setFilter: (decisionFilter) => page.update({ decisionFilter }) });

  /** The run's state as the controller reports it (the toolbar and status are runPanel.ts's, the body's marks pageMarksPanel.ts's). */
  function onRunState(s: RunState, detail?: string): void {
    page.update({ runState: s, runDetail: detail ?? null, notStarted: null, notice: null });
  }

  function startRun(paused = false): void {
    if (!checks) {
      void loadChecks().then(() => startRun(paused));
      return;
    }
    const raw = validateEditor();
    if (raw === undefined) {
      const list = page.get().lastIssues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n');
      showError(`The scenario is invalid, so it cannot run:\n${list}`, 'scenario');
      notStarted('the scenario is invalid (its problems are listed at the top of the page)');
      return;
    }
    let settings: unknown;
    try {
      settings = runSettings(raw);
    } catch (e) {
      showError((e as Error).message, 'input');
      return;
    }
    hideError();
    markRunSettings(raw, settings);
    void controller.start(settings, {}, paused);
  }

  byId('run').addEventListener('click', () => {
    // A paused run resumes only when its settings are still those in the editor.
    if (runButton(runPanel.state(page.get())).action === 'resume') controller.resume();
    else startRun();
  });
  byId('pause').addEventListener('click', () => controller.pause());
  byId('step').addEventListener('click', () => void controller.step());
  byId('reset').addEventListener('click', async () => {
    await controller.reset();
  });
  page.update({ speed: SPEEDS.indexOf(controller.speed) });
  byId<HTMLSelectElement>('speed').addEventListener('change', (e) => {
    const speed = Number((e.target as HTMLSelectElement).value);
    controller.speed = SPEEDS[speed] ?? controller.speed;
    page.update({ speed: SPEEDS.indexOf(controller.speed) });
  });

  byId('export-json').addEventListener('click', () => {
    const { lastResult } = page.get();
    if (!lastResult) return;
    download(fileName(`${lastResult.meta.scenario}-seed-${String(lastResult.meta.seed)}-run`, 'json'), new Blob([JSON.stringify(lastResult, null, 2)], { type: 'application/json' }));
  });

  // Board-paper figures: the same functions, footer and serialiser as `icsim chart RUN.json --type influence|outcomes`,
  // so the file is byte-identical to the CLI's for the same run and date (tests/export/browserParity.test.ts).
  for (const type of ['influence', 'outcomes'] as const) {
    /** The board-paper figure of the run shown, with its footer. */
    const draw = async (r: RunResult) => {
      const { influenceFromRun, outcomesFromRun } = await import('../export/figures/runFigures.ts');
      const fig = type === 'influence' ? influenceFromRun(r, { type }) : outcomesFromRun(r, { type });
      const footer = runFooter(r.meta, new Date().toISOString().slice(0, 10));
      return { svg: fig.draw(document.createElement('div'), { widthMm: 160, footer, id: `icsim-${type}` }), footer };
    };
    byId(`export-print-${type}`).addEventListener('click', async () => {
      const { lastResult } = page.get();
      if (!lastResult) return;
      const { svg } = await draw(lastResult);
      download(fileName(`${lastResult.meta.scenario}-${type}`, 'svg'), new Blob([svgText(svg)], { type: 'image/svg+xml' }));
    });
    // The same figure as PNG at 300 dpi (as `icsim chart --out FILE.png`), its provenance drawn and in a tEXt chunk.
    byId(`export-print-${type}-png`).addEventListener('click', async () => {
      const { lastResult } = page.get();
      if (!lastResult) return;
      const { svg, footer } = await draw(lastResult);
      download(fileName(`${lastResult.meta.scenario}-${type}`, 'png'), await svgToPng(svg, 300 / 96, [['Title', type === 'influence' ? 'GP influence' : 'Year-end outcomes'], ['Software', `icsim ${VERSION}`], ['Source', footer]]));
    });
  }

  installTooltip(document);
  // Every box that scrolls a table is a named region reachable from the keyboard, with a scroll cue, wherever it is built.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement) upgradeScrollRegions(n);
  }).observe(document.body, { childList: true, subtree: true });

  // ---------- start-up: the link's scenario, or the default; then run ----------
  /**
   * Resolves once the first run's first chart has been drawn, or the run is no longer under way (an error, a pause,
   * its end), or after `capMs` at the latest (a worker that never answers does not leave the page without controls).
   */
  function firstChartOrStop(capMs = 3000): Promise<void> {
    const over = (p: Readonly<PageState>) => p.firstChart || p.runState === 'error' || p.runState === 'done' || p.runState === 'paused';
    if (over(page.get())) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        stop();
        clearTimeout(timer);
        resolve();
      };
      const stop = page.subscribe((p) => {
        if (over(p)) finish();
      });
      const timer = setTimeout(finish, capMs);
    });
  }

  /**
   * The scenario to open: the link's, or the default. The first run is sent to
   * the worker (which validates it too) before the page builds its controls,
   * so the simulation starts while the rest of the page is set up.
   */
  async function boot(): Promise<void> {
    onRunState('idle');
    let init: InitialScenario;
    try {
      init = await start.initial;
    } catch (e) {
      // A bundled model that cannot be loaded (e.g. its chunk fails to download).
      await buildControls();
      bootFailed(`The scenario could not be loaded: ${(e as Error).message}`);
      return;
    }
    // The entry worked the scenario out in the task that loaded it (for England, parsing 0.9 MB of JSON): the rest in tasks of their own.
    await yieldToPage();
    page.update({ modelName: init.modelName, baseRaw: init.baseRaw });
    editor.set(init.text);
    // The start's parse of this text is the editor's (a large scenario is not parsed again).
    if (init.raw !== undefined) lastParse = { text: init.text, result: { ok: true, raw: init.raw } };
    // Start at once when the input is plausible (the entry has usually sent this very run to the
    // worker already); the worker reports any invalid field.
    page.update({ pendingVariant: init.variant || null });
    if (!init.problem && init.raw !== undefined) {
      page.update({ shownSettings: { raw: init.raw, variant: init.variant }, shownRunRaw: init.runRaw });
      const text = init.text;
      void controller.start(init.runInput).then((ok) => {
        // The worker has just validated this very text (no variant applied): the page's checks need not again
        // (for England that is about 60 ms of the main thread, once the run has drawn its results).
        if (ok && !init.variant && validated === null) validated = { text, issues: [] };
      });
      // The live charts are drawn empty next (runChartsPanel.ts), before the run's first months arrive.
      await yieldToPage();
      page.update({ chartsPrimed: true });
      // The controls (a 57 kB chunk of JSON Schema read, and a panel of inputs laid out) wait for the first chart, which
      // would otherwise wait for them on a first visit (issue 24: 20-100 ms of the main thread in the same window).
      await firstChartOrStop();
    }
    // Each step in a task of its own, so that no single task holds the page while the run starts.
    await yieldToPage();
    await buildControls();
    page.update({ bootProblem: init.problem, bootUnrun: Boolean(init.problem) || init.raw === undefined });
    const parsed = parseEditor();
    if (parsed.ok) page.update({ editorRaw: parsed.raw });
    // Without a run under way the checks load at once (the link's problem or the invalid scenario is reported then).
    if (init.problem || init.raw === undefined) await loadChecks();
  }
  // The panels (src/ui/panel.ts), rendered from the store from now on; the comparison and the
  // Sensitivity panel are chunks mounted with the checks (loadChecks).
  mountPanel(issuesPanel, page);
  mountPanel(stalePanel, page);
  mountPanel(errorPanel, page);
  const { controls, errorSummary } = controlsPanels({ apply: (path, value) => applyControl(path, value), editorHeld: () => editor.isHeld });
  mountPanel(scenarioPanel, page);
  mountPanel(controls, page);
  mountPanel(errorSummary, page);
  mountPanel(runCharts, page);
  mountPanel(headline, page);
  mountPanel(resultTables, page);
  mountPanel(decisionLogSection, page);
  mountPanel(runPanel, page);
  mountPanel(pageMarksPanel, page);
  mountPanel(variantPanel, page);
  mountPanel(infoPanel, page);
  void boot();
}
