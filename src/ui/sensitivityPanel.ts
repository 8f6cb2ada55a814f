/**
 * The Sensitivity panel (a {@link Panel}; its markup is `#sensitivity` in
 * index.html, shown once the panel is mounted): a small Morris screen of the
 * scenario in the editor, run on the page's worker pool (one worker per
 * core, summaries only), with a progress bar and a Cancel button; then mu*
 * against sigma as the board-paper chart of `icsim chart --type morris`, a
 * table of the indices, and a few sentences for a board reader. The design,
 * seeds and estimator are those of `icsim sensitivity --method morris`
 * (morrisScreen.ts), so the command line named under the table gives the
 * same mu* and sigma.
 *
 * What the panel shows is the page's state `sensitivity`
 * ({@link SensitivityState}): the screen's settings as typed, the
 * parameters listed and those ticked off, the progress and status of a
 * screen, and the screen shown; the result analysed is a setting of the
 * view, not of the screen, so choosing another analyses the same runs again.
 */
import { format } from 'd3';
import { morrisChart, type MorrisPoint } from '../charts/print/morrisChart.ts';
import { VERSION } from '../engine/index.ts';
import { lowerFirst, sig } from '../export/figures/Figure.ts';
import { morrisFigureText } from '../export/figures/morrisFigureText.ts';
import type { RangedParameter } from '../sweep/parameterSpace.ts';
import { flattenSummary } from '../sweep/flattenSummary.ts';
import { ChartPanel } from './chartPanel.ts';
import type { ChartQueue } from './chartQueue.ts';
import { groupDigits, h, setText, whenIdle } from './dom.ts';
import { MORRIS_MEANING, morrisReading } from './morrisReading.ts';
import { analyseMorrisScreen, MAX_REPS, MAX_TRAJECTORIES, planMorrisScreen, pointMeans, type MorrisRow, type MorrisScreenPlan } from './morrisScreen.ts';
import { sliceSetter, type PageState, type Store } from './pageStore.ts';
import type { Screen, SensitivityState } from './sensitivityState.ts';
import type { Panel } from './panel.ts';
import { PARAMETER_SETS, screenParameters } from './screenParameters.ts';
import { SENSITIVITY_METRICS, sensitivityMetric } from './sensitivityMetrics.ts';
import { staleMark } from './staleMark.ts';
import { WorkerPool } from './workerPool.ts';

/** Parses a seed as the command line does: a whole number, or text. */
function parseSeed(text: string): string | number {
  const t = text.trim();
  return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
}

const metricOf = (s: Readonly<SensitivityState>) => s.metric || SENSITIVITY_METRICS[0]!;
const setOf = (s: Readonly<SensitivityState>) => s.setId || PARAMETER_SETS[0]!.id;
/** The parameters listed and ticked. */
const chosen = (s: Readonly<SensitivityState>) => (s.listed ?? []).filter((p) => !s.unticked.includes(p.path));

/** The settings a screen runs for, as one comparable text (the result analysed is not one of them). */
function settingsKey(s: Readonly<SensitivityState>): string {
  return JSON.stringify([s.raw, setOf(s), [...s.unticked].sort(), s.trajText.trim(), s.repsText.trim(), s.seedText.trim()]);
}

/** Why the screen shown no longer matches the settings, or null when it does (or none is shown). */
export function sensitivityStaleReason(s: Readonly<SensitivityState>): string | null {
  if (s.shownKey === null || s.running) return null;
  if (s.raw === undefined) return 'the scenario now has problems, so this screen is of the scenario as it was; fix it and press Run screen.';
  return settingsKey(s) !== s.shownKey ? 'the scenario or the screen\u2019s settings were changed after this screen; press Run screen to run it for the settings shown.' : null;
}

/** What the parameters' summary says: how many are chosen and how many runs that makes. */
export function parameterCount(s: Readonly<SensitivityState>): { text: string; count: number | null } {
  if (s.listInvalid) return { text: 'Parameters (the scenario is invalid)', count: null };
  if (!s.listed) return { text: 'Parameters', count: null };
  const k = chosen(s).length;
  const t = Number(s.trajText);
  const reps = Number(s.repsText);
  const runs = Number.isInteger(t) && Number.isInteger(reps) ? ` \u2014 ${groupDigits(t * (k + 1) * reps)} runs` : '';
  return { text: `${k} of ${s.listed.length} parameters chosen${runs} (show the list)`, count: k };
}

/** What the Sensitivity panel needs from the page. */
export interface SensitivityDeps {
  store: Store<PageState>;
  /** The edited scenario's raw data when valid (validating it now), else undefined. */
  currentRaw(): unknown;
  /** The command-line model argument of the scenario as edited, e.g. `models/default.json --set years=2`. */
  modelArgs(raw: unknown): string;
  /** The page's queue of chart redraws. */
  charts: ChartQueue;
}

/** The Sensitivity panel. `refresh(raw)` tells it the scenario now in the editor (undefined: invalid). */
export function sensitivityPanel(deps: SensitivityDeps): Panel<{ sensitivity: SensitivityState }> & { refresh(raw: unknown): void } {
  const { store } = deps;
  const get = () => store.get().sensitivity;
  /** Updates the panel's slice of the page's state (a new slice only when a field changes, so an unchanged refresh renders nothing). */
  const set = sliceSetter(store, 'sensitivity');
  const chart = new ChartPanel(deps.charts, 'chart-sensitivity', 'Morris screen: mu* against sigma');
  let pool: WorkerPool | null = null;
  let mark: ReturnType<typeof staleMark>;
  /** What the render last wrote (it rewrites a part only when its state changed). */
  let listedShown: readonly RangedParameter[] | null = null;
  let analysed: { screen: Screen; metric: string; rows: MorrisRow[] | { error: string } } | null = null;
  let building: Promise<void> = Promise.resolve();

  /** Lists the set's parameters at the scenario's values (ticks are kept by path); false when the scenario is invalid. */
  const list = (): boolean => {
    const raw = deps.currentRaw();
    if (raw === undefined) {
      set({ listInvalid: true });
      return false;
    }
    let listed: RangedParameter[];
    try {
      listed = screenParameters(raw, setOf(get()));
    } catch (e) {
      listed = [];
      set({ status: (e as Error).message });
    }
    const prev = get().listed;
    set({ listed: prev && JSON.stringify(prev) === JSON.stringify(listed) ? prev : listed, listInvalid: false });
    return true;
  };

  const finish = () => {
    pool?.dispose();
    pool = null;
    set({ running: false });
  };

  /** The screen's design in words. */
  const designText = (plan: MorrisScreenPlan) =>
    `${plan.params.length} parameters, ${plan.trajectories} trajectories of ${plan.levels} levels, ${plan.reps} replication${plan.reps === 1 ? '' : 's'} averaged at each of ${plan.points.length} points`;

  async function run(): Promise<void> {
    const raw = deps.currentRaw();
    set({ raw });
    if (raw === undefined || !list()) {
      set({ error: 'The scenario is invalid (its problems are listed at the top of the page); fix it before running a screen.' });
      return;
    }
    const s = get();
    const seedText = s.seedText.trim();
    const rawSeed = (raw as { seed?: unknown }).seed;
    const seed = seedText ? parseSeed(seedText) : typeof rawSeed === 'number' || typeof rawSeed === 'string' ? rawSeed : 1;
    let plan: MorrisScreenPlan;
    try {
      plan = planMorrisScreen({ params: chosen(s), trajectories: Number(s.trajText), reps: Number(s.repsText), seed });
    } catch (e) {
      set({ error: (e as Error).message });
      return;
    }
    const key = settingsKey(s);
    pool?.dispose();
    const myPool = (pool = new WorkerPool(undefined, 'sensitivity screen'));
    const P = plan.points.length;
    const total = P * plan.reps;
    set({
      error: null,
      shownKey: null,
      phase: 'running',
      running: true,
      done: 0,
      total,
      status: `Running ${plan.params.length} parameters \u00d7 ${plan.trajectories} trajectories: ${groupDigits(P)} points \u00d7 ${plan.reps} replication${plan.reps === 1 ? '' : 's'} = ${groupDigits(total)} runs on ${myPool.size} workers\u2026`,
    });
    // Small chunks, so the progress bar moves and the workers share the load evenly.
    const chunk = Math.max(1, Math.ceil(P / (myPool.size * 8)));
    let done = 0;
    const t0 = performance.now();
    try {
      const parts: Array<Promise<Array<Array<Record<string, number>>>>> = [];
      for (let i = 0; i < P; i += chunk) {
        parts.push(
          myPool.summarise(raw, { points: plan.points.slice(i, i + chunk), seeds: plan.seeds }).then((byPoint) => {
            done += byPoint.length * plan.reps;
            if (pool === myPool) set({ done, status: `${groupDigits(done)} of ${groupDigits(total)} runs done\u2026` });
            return byPoint.map((reps) => reps.map((x) => flattenSummary(x)));
          }),
        );
      }
      const rows = (await Promise.all(parts)).flat();
      if (pool !== myPool) return;
      const screen: Screen = { plan, rows, model: deps.modelArgs(raw), seconds: (performance.now() - t0) / 1000, date: new Date().toISOString().slice(0, 10) };
      set({ screen });
      await building;
      set({ phase: 'done', status: `${groupDigits(plan.points.length * plan.reps)} runs in ${screen.seconds.toFixed(1)} s: ${designText(plan)}.`, shownKey: key });
    } catch (e) {
      if (pool === myPool) set({ phase: 'failed', status: 'The screen stopped with an error.', error: `Sensitivity screen failed: ${(e as Error).message}` });
    } finally {
      if (pool === myPool) finish();
    }
  }

  /** Shows the analysis of the screen for the metric chosen: the chart, the reading and the table (the chart drawn first). */
  async function showScreen(root: HTMLElement, sc: Screen, metric: string, rows: MorrisRow[]): Promise<void> {
    const { plan } = sc;
    const lab = sensitivityMetric(metric);
    const scale = lab.scale;
    const f = format('.3~r');
    const fmt = (v: number) => (Number.isFinite(v) ? f(v) : '\u2013');
    const design = designText(plan);
    // As `icsim chart --type morris` draws and words it: the ten largest labelled (the table lists all).
    const labels = Math.min(rows.length, 10);
    const { title, caption, xLabel, yLabel } = morrisFigureText(metric, design, labels === rows.length ? 'Every parameter is labelled.' : undefined);
    const footer = `icsim ${VERSION}, ${sc.model}, seeds ${String(plan.seed)}:0 to ${String(plan.seed)}:${plan.reps - 1}, ${sc.date}`;
    chart.provenance = () => footer;
    const points: MorrisPoint[] = rows.map((r) => ({ name: r.path, muStar: r.muStar * scale, sigma: r.sigma * scale, muStarConf: r.muStarConf * scale }));
    chart.set({
      draw: (el) => morrisChart(points, el, { widthMm: 160, title, caption, footer, labels, id: 'sens-morris', xLabel, yLabel }),
      rows: () => rows.map((r, i) => ({ metric, rank: i + 1, parameter: r.path, lo: r.lo, hi: r.hi, mu: sig(r.mu * scale), muStar: sig(r.muStar * scale), muStarConf: sig(r.muStarConf * scale), sigma: sig(r.sigma * scale) })),
    });
    const table = h(
      'table',
      { id: 'sens-table' },
      h('caption', {}, `Morris indices of ${lowerFirst(lab.name)}, largest mu* first`),
      h('thead', {}, h('tr', {}, ...['Rank', 'Parameter', 'Range', 'mu*', 'mu* 95% interval', 'sigma'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map((r, i) => {
          const m = r.muStar * scale;
          const c = r.muStarConf * scale;
          return h(
            'tr',
            { 'data-parameter': r.path, 'data-mu-star': String(m), 'data-sigma': String(r.sigma * scale), 'data-mu-star-conf': String(c) },
            h('td', {}, String(i + 1)),
            h('th', { scope: 'row' }, r.path),
            h('td', { class: 'nowrap' }, `${r.lo}\u2013${r.hi}`),
            h('td', {}, fmt(m)),
            // mu* is a mean of absolute values: its interval stops at zero.
            h('td', { class: 'nowrap' }, Number.isFinite(c) ? `${fmt(Math.max(0, m - c))}\u2013${fmt(m + c)}` : '\u2013'),
            h('td', {}, fmt(r.sigma * scale)),
          );
        }),
      ),
    );
    const command =
      `icsim sensitivity ${sc.model} --method morris ${plan.params.map((p) => `--param ${p.path}=${p.lo}:${p.hi}`).join(' ')} ` +
      `--trajectories ${plan.trajectories} --reps ${plan.reps} --seed ${String(plan.seed)} --metric ${metric} --out screen.ndjson`;
    root.querySelector('#sens-reading')!.replaceChildren(
      h('h3', {}, `What drives ${lowerFirst(lab.name)}`),
      h('p', { id: 'sens-drivers', class: 'headline-text' }, morrisReading(rows, lab.name, (v) => fmt(v * scale))),
      h('p', { id: 'sens-meaning', class: 'note' }, MORRIS_MEANING),
    );
    root.querySelector('#sens-indices')!.replaceChildren(
      h('div', { class: 'table-scroll' }, table),
      h(
        'details',
        { class: 'note' },
        h('summary', {}, 'The same screen on the command line'),
        h('p', { id: 'sens-cli' }, h('code', {}, command), '; it gives the same mu* and sigma (its intervals resample with another seed). Raise --trajectories and --reps there for a screen a board can rely on.'),
      ),
    );
    root.querySelector<HTMLElement>('#sens-results')!.hidden = false;
    await deps.charts.drawn();
    if (analysed?.screen === sc && analysed.metric === metric) root.dataset.metric = metric;
  }

  return {
    markup(doc) {
      const root = doc.getElementById('sensitivity')!;
      const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
      q('sens-metric').append(...SENSITIVITY_METRICS.map((m) => h('option', { value: m }, sensitivityMetric(m).label)));
      q('sens-set').append(...PARAMETER_SETS.map((s) => h('option', { value: s.id }, s.label)));
      q('sens-trajectories').setAttribute('max', String(MAX_TRAJECTORIES));
      q('sens-trajectories-hint').textContent = `2 to ${MAX_TRAJECTORIES}; runs = trajectories \u00d7 (parameters + 1) \u00d7 replications`;
      q('sens-reps').setAttribute('max', String(MAX_REPS));
      // The board-paper chart keeps its print size: on a phone it scrolls inside a region.
      const chartHost = chart.el.querySelector<HTMLElement>('.chart-host')!;
      chartHost.classList.add('scroll-cue');
      chartHost.tabIndex = 0;
      chartHost.setAttribute('role', 'region');
      chartHost.setAttribute('aria-label', 'Morris screen chart (scrolls)');
      root.querySelector('.sens-chart')!.append(chart.el);
      const results = q('sens-results');
      mark = staleMark(results, 'sens-stale', () => results.querySelectorAll('button'));
      const onEdit = (id: string, field: 'trajText' | 'repsText' | 'seedText', relist = false) => {
        const el = q<HTMLInputElement>(id);
        const apply = () => set({ [field]: el.value, ...(relist ? { listInvalid: false } : {}) });
        el.addEventListener('input', apply);
        el.addEventListener('change', apply);
      };
      onEdit('sens-trajectories', 'trajText', true);
      onEdit('sens-reps', 'repsText', true);
      onEdit('sens-seed', 'seedText');
      q<HTMLSelectElement>('sens-metric').addEventListener('change', (e) => set({ metric: (e.target as HTMLSelectElement).value }));
      q<HTMLSelectElement>('sens-set').addEventListener('change', (e) => {
        set({ setId: (e.target as HTMLSelectElement).value, unticked: [] });
        list();
      });
      q('sens-params').addEventListener('change', (e) => {
        const box = e.target as HTMLInputElement;
        const { unticked } = get();
        set({ unticked: box.checked ? unticked.filter((p) => p !== box.value) : [...unticked, box.value], listInvalid: false });
      });
      const tickAll = (on: boolean) => set({ unticked: on ? [] : (get().listed ?? []).map((p) => p.path), listInvalid: false });
      q('sens-all').addEventListener('click', () => tickAll(true));
      q('sens-none').addEventListener('click', () => tickAll(false));
      // The scenario may have changed since the list was made: ranges around its values follow it.
      const details = root.querySelector<HTMLDetailsElement>('.sens-param-details')!;
      details.addEventListener('toggle', () => {
        if (details.open) list();
      });
      q('sens-cancel').addEventListener('click', () => {
        finish();
        set({ phase: 'cancelled', status: 'Screen cancelled.' });
      });
      q('sens-run').addEventListener('click', () => void run());
      // Listing reads the schema's numeric fields (the engine turns its schema into JSON Schema: 30-70 ms of the main
      // thread), so it waits until the panel comes into view (or the list is opened, or a screen runs), in a task of its own.
      const listOnce = () => void (get().listed ? undefined : list());
      if (typeof IntersectionObserver !== 'function') whenIdle(listOnce);
      else {
        const inView = new IntersectionObserver(
          (entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            inView.disconnect();
            listOnce();
          },
          { rootMargin: '200px' },
        );
        inView.observe(root);
      }
      q('sens-body').hidden = false;
      return root;
    },
    state: ({ sensitivity }) => ({ sensitivity }),
    render(root, { sensitivity: s }) {
      const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
      q<HTMLSelectElement>('sens-metric').value = metricOf(s);
      q<HTMLSelectElement>('sens-set').value = setOf(s);
      for (const [id, text] of [['sens-trajectories', s.trajText], ['sens-reps', s.repsText], ['sens-seed', s.seedText]] as const) {
        const el = q<HTMLInputElement>(id);
        if (el.value !== text) el.value = text;
      }
      // The parameters: rebuilt when another list is made, ticked from the state.
      const paramList = q('sens-params');
      if (s.listed !== listedShown) {
        listedShown = s.listed;
        paramList.replaceChildren(
          ...(s.listed ?? []).map((p) => {
            const id = `sens-p-${p.path.replace(/[^A-Za-z0-9]+/g, '-')}`;
            return h('div', { class: 'sens-param', title: p.source }, h('input', { type: 'checkbox', id, value: p.path }), h('label', { for: id }, `${p.path} `, h('span', { class: 'hint' }, `${p.lo} to ${p.hi}`)));
          }),
        );
      }
      for (const box of paramList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = !s.unticked.includes(box.value);
      const count = parameterCount(s);
      const summary = q('sens-count');
      setText(summary, count.text);
      if (count.count !== null) summary.dataset.count = String(count.count);
      q<HTMLButtonElement>('sens-run').disabled = s.running;
      q<HTMLButtonElement>('sens-cancel').disabled = !s.running;
      const progress = q<HTMLProgressElement>('sens-progress');
      if (s.total) progress.max = s.total;
      progress.value = s.done;
      const errorEl = q('sens-error');
      errorEl.hidden = s.error === null;
      setText(errorEl, s.error ?? '');
      if (s.phase) root.dataset.state = s.phase;
      // The screen shown, analysed for the metric chosen (again only when either changes).
      const metric = metricOf(s);
      if (s.screen && (analysed?.screen !== s.screen || analysed.metric !== metric)) {
        let rows: MorrisRow[] | { error: string };
        try {
          rows = analyseMorrisScreen(s.screen.plan, pointMeans(s.screen.rows as Array<Array<Record<string, number>>>, metric), metric);
        } catch (e) {
          rows = { error: (e as Error).message };
        }
        analysed = { screen: s.screen, metric, rows };
        if ('error' in rows) {
          chart.set(null);
          q('sens-results').hidden = true;
          building = Promise.resolve();
        } else building = showScreen(root, s.screen, metric, rows);
      }
      const failed = analysed && analysed.screen === s.screen && !Array.isArray(analysed.rows) ? analysed.rows.error : null;
      setText(q('sens-status'), failed ?? s.status);
      mark.set(sensitivityStaleReason(s));
    },
    refresh(raw) {
      set({ raw });
    },
  };
}
