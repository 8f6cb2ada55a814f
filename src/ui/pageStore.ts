/**
 * The page's state in one place: a small typed store that holds a plain
 * state object, replaced (never mutated) by `update`, and tells its
 * listeners which fields changed. One store is made by the page's start-up
 * (`startApp` in app.ts); nothing in `ui/` keeps state at module level
 * (eslint.config.js, "ui: no module-level mutable state").
 *
 * Hand-written rather than a library: the whole API is three functions and
 * the page needs no derived stores, persistence or framework bindings.
 */
import type { TrackedOrg } from '../api/index.ts';
import type { RunResult, ScenarioIssue } from '../engine/index.ts';
import type { BalanceView } from './balanceView.ts';
import type { CompareState } from './compareState.ts';
import type { ControlSpec } from './controlSpecs.ts';
import { ALL_DECISIONS, type DecisionLogFilter } from './decisionLogFilter.ts';
import type { SensitivityState } from './sensitivityState.ts';
import type { RunState } from './runController.ts';

/** Called after an update that changed at least one field, with the new state and the fields that changed. */
export type StoreListener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>) => void;

/** A store of one state object. */
export interface Store<S extends object> {
  /** The current state (a new object after each update that changes something; do not mutate it). */
  get(): Readonly<S>;
  /** Sets the fields given; listeners hear of it only when a value differs (`Object.is`) from the current one. */
  update(patch: Partial<S>): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StoreListener<S>): () => void;
}

/** A store starting from `initial` (copied). */
export function createStore<S extends object>(initial: S): Store<S> {
  let state: Readonly<S> = { ...initial };
  const listeners = new Set<StoreListener<S>>();
  return {
    get: () => state,
    update(patch) {
      const changed = new Set<keyof S>();
      for (const key of Object.keys(patch) as Array<keyof S>) if (!Object.is(patch[key], state[key])) changed.add(key);
      if (!changed.size) return;
      state = { ...state, ...patch };
      // A copy: a listener may unsubscribe (or subscribe another) while being told.
      for (const listener of [...listeners]) listener(state, changed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * An updater of one object-valued field (a panel's slice) of a store: it
 * merges the patch into the slice and stores a new slice only when a field
 * changes (`Object.is`), so an unchanged refresh renders nothing.
 */
export function sliceSetter<S extends object, K extends keyof S>(store: Store<S>, key: K): (patch: Partial<S[K]>) => void {
  return (patch) => {
    const now = store.get()[key];
    if ((Object.keys(patch) as Array<keyof S[K]>).every((k) => Object.is(patch[k], now[k]))) return;
    store.update({ [key]: { ...now, ...patch } } as unknown as Partial<S>);
  };
}

/**
 * What an error message is about, which decides when it goes: `scenario` once
 * the scenario is valid, `input` at the next edit, `run` at the next run.
 */
export type ErrorSource = 'scenario' | 'input' | 'run';

/**
 * The runner page's state: what the scenario started from, what is shown and
 * whether it still matches the settings, and what the messages say. Caches,
 * lazily loaded chunks and handles to DOM views are not state: they stay in
 * the closures of `startApp`.
 */
export interface PageState {
  /** Bundled model the editor started from (null: a loaded file or a link's scenario). */
  modelName: string | null;
  /** That model's raw data, to express edits as overrides in the link. */
  baseRaw: unknown;
  /** The key parameters' controls (empty until the JSON Schema behind them has loaded). */
  specs: readonly ControlSpec[];
  /** The editor's scenario as last parsed (undefined until its text parses; kept while it does not). */
  editorRaw: unknown;
  /** The link to the scenario and seed ('' until the scenario is first valid). */
  link: string;
  /** The scenario's problems, as last validated. */
  lastIssues: readonly ScenarioIssue[];
  /** Whether the scenario has been validated yet (its problems are listed from then on). */
  scenarioChecked: boolean;
  /** The variant a link asked for, chosen once the scenario's variants are listed. */
  pendingVariant: string | null;
  /**
   * The settings of the run whose results are shown (the parsed scenario and
   * the variant chosen), or null before any run; compared with the editor's
   * by identity first, as canonical JSON only when they are other objects.
   */
  shownSettings: { raw: unknown; variant: string } | null;
  /** The raw settings the run shown was started with (its variant applied). */
  shownRunRaw: unknown;
  /** True when results are shown and the settings have changed since their run. */
  stale: boolean;
  /** Whether the scenario in the editor is valid (as last checked). */
  editorValid: boolean;
  /** The result shown (final or partial), or null while a run streams or before any. */
  lastResult: RunResult | null;
  /** The months of the run streamed so far, for the live charts (a new object at each batch; its arrays are never mutated). */
  live: LiveRun;
  /** Whether the first chart with a run's months has been drawn (live redraws are throttled from then on). */
  firstChart: boolean;
  /** Whether the live charts are to be drawn, empty, while the page starts (so that the first chart's cost falls in start-up). */
  chartsPrimed: boolean;
  /** Which of the result's decisions the decision log shows (every one, first page, for each new result). */
  decisionFilter: DecisionLogFilter;
  /** Which balances the balance chart plots. */
  balanceView: BalanceView;
  /** Whether "Show all" was pressed for the balance chart. */
  showAllBalances: boolean;
  /** The error message shown (null: none shown). */
  errorMessage: string | null;
  /** What the error message shown is about (null: none shown). */
  errorSource: ErrorSource | null;
  /** Why a run could not start, while the page says so (run state `error` without a run that failed); null otherwise. */
  notStarted: string | null;
  /** The run's state as the run controller last reported it, and what it said with it (why it paused). */
  runState: RunState;
  runDetail: string | null;
  /** Runs started on this page so far. */
  runs: number;
  /** Months of the run streamed so far, and the run's length in months (0 before a run). */
  month: number;
  totalMonths: number;
  /** The line under the run's toolbar: the run's scenario, size, seed and years ('' before a run). */
  runMeta: string;
  /** `scenarioHash:seed` of the last run that finished, or null before one. */
  resultHash: string | null;
  /** A passing notice shown as the status until the run's state changes (e.g. "Link copied."), or null. */
  notice: string | null;
  /** The index in `SPEEDS` of the run's speed. */
  speed: number;
  /** The scenario's named variants, as last listed, and the one chosen under "Run as" ('' for the scenario as edited). */
  variants: readonly string[];
  variant: string;
  /** The comparison of options: its settings as typed, its progress and the comparison shown (compareState.ts; comparePanel.ts shows it). */
  compare: CompareState;
  /** The Sensitivity panel's screen: its settings as typed, the parameters listed, its progress and the screen shown (sensitivityState.ts; sensitivityPanel.ts shows it). */
  sensitivity: SensitivityState;
  /** What the Info panel says about the scenario (null before a scenario is read). */
  about: ScenarioAbout | null;
  /** What was wrong with the link the page opened, if anything. */
  bootProblem: string | null;
  /** True when the page opened without starting its first run (a bad link or an invalid scenario). */
  bootUnrun: boolean;
}

/** A run's months as streamed: month labels for the whole run, and the values so far. */
export interface LiveRun {
  labels: readonly string[];
  /** The organisations whose balances are streamed, in snapshot order. */
  tracked: readonly TrackedOrg[];
  beds: readonly number[];
  delayed: readonly number[];
  /** Balances by tracked organisation, by month. */
  balances: ReadonlyArray<readonly number[]>;
  /** True when these are a result's series (authoritative, drawn at once) rather than streamed months. */
  complete: boolean;
}

/** What the Info panel shows of a scenario: its own name, description, sources and variants' names. */
export interface ScenarioAbout {
  name: string;
  description: string;
  sources: readonly string[];
  variants: readonly string[];
}

/** The page's store as the page opens, before its scenario is loaded. */
export function createPageStore(modelName: string | null): Store<PageState> {
  return createStore<PageState>({
    modelName,
    baseRaw: null,
    specs: [],
    editorRaw: undefined,
    link: '',
    lastIssues: [],
    scenarioChecked: false,
    pendingVariant: null,
    shownSettings: null,
    shownRunRaw: null,
    stale: false,
    editorValid: true,
    lastResult: null,
    live: { labels: [], tracked: [], beds: [], delayed: [], balances: [], complete: false },
    firstChart: false,
    chartsPrimed: false,
    decisionFilter: ALL_DECISIONS,
    balanceView: 'orgs',
    showAllBalances: false,
    errorMessage: null,
    errorSource: null,
    notStarted: null,
    runState: 'idle',
    runDetail: null,
    runs: 0,
    month: 0,
    totalMonths: 0,
    runMeta: '',
    resultHash: null,
    notice: null,
    speed: 2,
    variants: [],
    variant: '',
    about: null,
    sensitivity: { raw: undefined, metric: '', setId: '', trajText: '4', repsText: '1', seedText: '', listed: null, unticked: [], listInvalid: false, running: false, done: 0, total: 0, status: '', error: null, phase: '', screen: null, shownKey: null },
    compare: { raw: undefined, variants: null, checked: {}, settingPath: '', settingValue: '', baseline: '', nText: '10', running: false, done: 0, total: 0, status: '', error: null, shown: null, shownKey: null },
    bootProblem: null,
    bootUnrun: false,
  });
}
