/**
 * The Sensitivity panel: a small Morris screen of the scenario in the
 * editor, run on the page's worker pool (one worker per core, summaries
 * only), with a progress bar and a Cancel button; then mu* against sigma
 * as the board-paper chart of `icsim chart --type morris`, a table of the
 * indices, and a few sentences for a board reader. The design, seeds and
 * estimator are those of `icsim sensitivity --method morris`
 * (morrisScreen.ts), so the command line named under the table gives the
 * same mu* and sigma.
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
import { clear, groupDigits, h, yieldToPage } from './dom.ts';
import { MORRIS_MEANING, morrisReading } from './morrisReading.ts';
import { analyseMorrisScreen, MAX_REPS, MAX_TRAJECTORIES, planMorrisScreen, pointMeans, type MorrisRow, type MorrisScreenPlan } from './morrisScreen.ts';
import { PARAMETER_SETS, screenParameters } from './screenParameters.ts';
import { SENSITIVITY_METRICS, sensitivityMetric } from './sensitivityMetrics.ts';
import { staleMark } from './staleMark.ts';
import { WorkerPool } from './workerPool.ts';

/** What the panel needs from the page. */
export interface SensitivityHost {
  /** The edited scenario's raw data when valid, else undefined. */
  currentRaw(): unknown;
  showError(message: string): void;
  /** The command-line model argument of the scenario as edited, e.g. `models/default.json --set years=2`. */
  modelArgs(raw: unknown): string;
  /** The page's queue of chart redraws. */
  charts: ChartQueue;
}

/** Default trajectories: small, so the default scenario's screen takes seconds. */
const DEFAULT_TRAJECTORIES = 4;

/** A finished screen: its design, each point's flattened summaries by replication, and how to name it. */
interface Screen {
  plan: MorrisScreenPlan;
  rows: Array<Array<Record<string, number>>>;
  model: string;
  seconds: number;
}

/** Parses a seed as the command line does: a whole number, or text. */
function parseSeed(text: string): string | number {
  const t = text.trim();
  return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
}

/** Builds the panel into `#sensitivity`; `refresh` tells it the scenario now in the editor (undefined: invalid). */
export function setupSensitivity(host: SensitivityHost): { refresh(raw: unknown): void } {
  const found = document.getElementById('sensitivity');
  if (!found) return { refresh: () => undefined };
  const section: HTMLElement = found;
  const control = (id: string, label: string, input: HTMLElement, hint?: string) =>
    h('div', { class: 'control' }, h('label', { for: id }, label), input, hint ? h('span', { class: 'hint' }, hint) : null);

  const metricSel = h('select', { id: 'sens-metric' }, ...SENSITIVITY_METRICS.map((m) => h('option', { value: m }, sensitivityMetric(m).label)));
  const setSel = h('select', { id: 'sens-set' }, ...PARAMETER_SETS.map((s) => h('option', { value: s.id }, s.label)));
  const trajIn = h('input', { id: 'sens-trajectories', type: 'number', min: '2', max: String(MAX_TRAJECTORIES), step: '1', value: String(DEFAULT_TRAJECTORIES) });
  const repsIn = h('input', { id: 'sens-reps', type: 'number', min: '1', max: String(MAX_REPS), step: '1', value: '1' });
  const seedIn = h('input', { id: 'sens-seed', type: 'text', autocomplete: 'off', placeholder: 'the scenario\u2019s seed' });
  const paramList = h('div', { id: 'sens-params', class: 'sens-params' });
  const paramSummary = h('summary', { id: 'sens-count' }, 'Parameters');
  const paramDetails = h('details', { class: 'sens-param-details' }, paramSummary, h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'small', id: 'sens-all' }, 'All'), h('button', { type: 'button', class: 'small', id: 'sens-none' }, 'None')), paramList);
  const runBtn = h('button', { type: 'button', id: 'sens-run', class: 'primary' }, 'Run screen');
  const cancelBtn = h('button', { type: 'button', id: 'sens-cancel', disabled: true }, 'Cancel');
  const progress = h('progress', { id: 'sens-progress', value: '0', max: '1', 'aria-label': 'Runs of the screen done' });
  const status = h('p', { id: 'sens-status', role: 'status', 'aria-live': 'polite' });
  const errorEl = h('p', { id: 'sens-error', class: 'field-error', role: 'alert', hidden: true });
  /** An error beside the Run screen button. */
  const showError = (message: string | null) => {
    errorEl.hidden = message === null;
    errorEl.textContent = message ?? '';
  };
  const panel = new ChartPanel(host.charts, 'chart-sensitivity', 'Morris screen: mu* against sigma');
  // The board-paper chart keeps its print size: on a phone it scrolls inside a region.
  const chartHost = panel.el.querySelector<HTMLElement>('.chart-host')!;
  chartHost.classList.add('scroll-cue');
  chartHost.tabIndex = 0;
  chartHost.setAttribute('role', 'region');
  chartHost.setAttribute('aria-label', 'Morris screen chart (scrolls)');
  const reading = h('div', { id: 'sens-reading', class: 'sens-reading' });
  const indices = h('div', { id: 'sens-indices', class: 'sens-indices' });
  const results = h('div', { id: 'sens-results', class: 'sens-results', hidden: true }, h('div', { class: 'sens-chart' }, panel.el), reading, indices);

  section.append(
    h(
      'p',
      { class: 'note' },
      'A Morris screen (Morris 1991; mu* as Campolongo et al. 2007) of the scenario in the editor: each parameter is moved across its plausible range, one at a time, along a few random paths ("trajectories") through the ranges, and the change in the chosen result is recorded. ' +
        'It ranks which assumptions a result turns on. It runs on one worker per core, as ',
      h('code', {}, 'icsim sensitivity --method morris'),
      ' does with the same design and seeds; larger screens belong on the command line.',
    ),
    h('div', { class: 'compare-settings' }, control('sens-metric', 'Result screened', metricSel), control('sens-set', 'Parameters', setSel, 'Ranges as icsim sensitivity: documented where known, else \u00b150% of the scenario\u2019s value'), control('sens-trajectories', 'Trajectories', trajIn, `2 to ${MAX_TRAJECTORIES}; runs = trajectories \u00d7 (parameters + 1) \u00d7 replications`), control('sens-reps', 'Replications per point', repsIn, 'averaged at each point'), control('sens-seed', 'Seed', seedIn)),
    paramDetails,
    h('div', { class: 'toolbar' }, runBtn, cancelBtn, progress),
    errorEl,
    status,
    results,
  );
  /** The scenario as last validated (undefined when invalid), and the settings of the screen shown. */
  let lastRaw: unknown = undefined;
  let shownKey: string | null = null;
  const mark = staleMark(results, 'sens-stale', () => results.querySelectorAll('button'));
  const currentKey = () => JSON.stringify([lastRaw, setSel.value, [...unticked].sort(), trajIn.value.trim(), repsIn.value.trim(), seedIn.value.trim()]);
  /** Marks the screen shown stale as soon as the scenario or a setting of the screen differs from what it ran. */
  const checkStale = () => {
    if (shownKey === null || pool) return;
    if (lastRaw === undefined) mark.set('the scenario now has problems, so this screen is of the scenario as it was; fix it and press Run screen.');
    else if (currentKey() !== shownKey) mark.set('the scenario or the screen\u2019s settings were changed after this screen; press Run screen to run it for the settings shown.');
    else mark.set(null);
  };
  for (const el of [setSel, trajIn, repsIn, seedIn]) {
    el.addEventListener('input', () => checkStale());
    el.addEventListener('change', () => checkStale());
  }

  /** Parameters of the set shown, and the paths ticked off. */
  let listed: RangedParameter[] = [];
  let listedKey = '';
  const unticked = new Set<string>();
  let pool: WorkerPool | null = null;
  let screen: Screen | null = null;

  const chosen = () => listed.filter((p) => !unticked.has(p.path));
  const numberIn = (input: HTMLInputElement) => Number(input.value);
  const updateCount = () => {
    const k = chosen().length;
    const t = numberIn(trajIn);
    const reps = numberIn(repsIn);
    const runs = Number.isInteger(t) && Number.isInteger(reps) ? ` \u2014 ${groupDigits(t * (k + 1) * reps)} runs` : '';
    paramSummary.textContent = `${k} of ${listed.length} parameters chosen${runs} (show the list)`;
    paramSummary.dataset.count = String(k);
  };

  /** Lists the set's parameters at the scenario's values (ticks are kept by path). */
  const listParameters = (): boolean => {
    const raw = host.currentRaw();
    if (raw === undefined) {
      paramSummary.textContent = 'Parameters (the scenario is invalid)';
      return false;
    }
    try {
      listed = screenParameters(raw, setSel.value);
    } catch (e) {
      listed = [];
      status.textContent = (e as Error).message;
    }
    const key = JSON.stringify(listed);
    if (key !== listedKey) {
      listedKey = key;
      clear(paramList);
      for (const p of listed) {
        const id = `sens-p-${p.path.replace(/[^A-Za-z0-9]+/g, '-')}`;
        const box = h('input', { type: 'checkbox', id, value: p.path, checked: !unticked.has(p.path) });
        box.addEventListener('change', () => {
          if (box.checked) unticked.delete(p.path);
          else unticked.add(p.path);
          updateCount();
          checkStale();
        });
        paramList.append(h('div', { class: 'sens-param', title: p.source }, box, h('label', { for: id }, `${p.path} `, h('span', { class: 'hint' }, `${p.lo} to ${p.hi}`))));
      }
    }
    updateCount();
    return true;
  };
  const tickAll = (on: boolean) => {
    for (const p of listed) {
      if (on) unticked.delete(p.path);
      else unticked.add(p.path);
    }
    for (const box of paramList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = on;
    updateCount();
    checkStale();
  };
  section.querySelector('#sens-all')!.addEventListener('click', () => tickAll(true));
  section.querySelector('#sens-none')!.addEventListener('click', () => tickAll(false));
  setSel.addEventListener('change', () => {
    unticked.clear();
    listParameters();
  });
  // The scenario may have changed since the list was made: ranges around its values follow it.
  paramDetails.addEventListener('toggle', () => {
    if (paramDetails.open) listParameters();
  });
  trajIn.addEventListener('input', updateCount);
  repsIn.addEventListener('input', updateCount);
  metricSel.addEventListener('change', () => {
    if (screen) void show(screen).then(checkStale);
  });
  // Listing reads the schema's numeric fields (tens of milliseconds): in a task of its own.
  void yieldToPage().then(() => (listed.length ? undefined : listParameters()));

  const finish = () => {
    pool?.dispose();
    pool = null;
    runBtn.disabled = false;
    cancelBtn.disabled = true;
    checkStale();
  };
  cancelBtn.addEventListener('click', () => {
    finish();
    section.dataset.state = 'cancelled';
    status.textContent = 'Screen cancelled.';
  });

  runBtn.addEventListener('click', async () => {
    const raw = host.currentRaw();
    lastRaw = raw;
    if (raw === undefined || !listParameters()) {
      showError('The scenario is invalid (its problems are listed at the top of the page); fix it before running a screen.');
      return;
    }
    const seedText = seedIn.value.trim();
    const rawSeed = (raw as { seed?: unknown }).seed;
    const seed = seedText ? parseSeed(seedText) : typeof rawSeed === 'number' || typeof rawSeed === 'string' ? rawSeed : 1;
    let plan: MorrisScreenPlan;
    try {
      plan = planMorrisScreen({ params: chosen(), trajectories: numberIn(trajIn), reps: numberIn(repsIn), seed });
    } catch (e) {
      showError((e as Error).message);
      return;
    }
    showError(null);
    const key = currentKey();
    shownKey = null;
    mark.set(null);
    pool?.dispose();
    const myPool = (pool = new WorkerPool(undefined, 'sensitivity screen'));
    section.dataset.state = 'running';
    runBtn.disabled = true;
    cancelBtn.disabled = false;
    const P = plan.points.length;
    const total = P * plan.reps;
    progress.max = total;
    progress.value = 0;
    status.textContent = `Running ${plan.params.length} parameters \u00d7 ${plan.trajectories} trajectories: ${groupDigits(P)} points \u00d7 ${plan.reps} replication${plan.reps === 1 ? '' : 's'} = ${groupDigits(total)} runs on ${myPool.size} workers\u2026`;
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
            if (pool === myPool) {
              progress.value = done;
              status.textContent = `${groupDigits(done)} of ${groupDigits(total)} runs done\u2026`;
            }
            return byPoint.map((reps) => reps.map((s) => flattenSummary(s)));
          }),
        );
      }
      const rows = (await Promise.all(parts)).flat();
      if (pool !== myPool) return;
      screen = { plan, rows, model: host.modelArgs(raw), seconds: (performance.now() - t0) / 1000 };
      await show(screen);
      shownKey = key;
    } catch (e) {
      if (pool === myPool) {
        section.dataset.state = 'failed';
        status.textContent = 'The screen stopped with an error.';
        showError(`Sensitivity screen failed: ${(e as Error).message}`);
      }
    } finally {
      if (pool === myPool) finish();
    }
  });

  /** Analysing a screen again for another result needs no new runs: the metric is not part of its settings. */
  const api = {
    refresh(raw: unknown): void {
      lastRaw = raw;
      checkStale();
    },
  };

  /** Analyses the finished screen for the metric chosen, and shows the chart, the reading and the table. */
  async function show(s: Screen): Promise<void> {
    const { plan } = s;
    const metric = metricSel.value;
    const lab = sensitivityMetric(metric);
    let rows: MorrisRow[];
    try {
      rows = analyseMorrisScreen(plan, pointMeans(s.rows, metric), metric);
    } catch (e) {
      panel.set(null);
      results.hidden = true;
      section.dataset.state = 'done';
      status.textContent = (e as Error).message;
      return;
    }
    const scale = lab.scale;
    const f = format('.3~r');
    const fmt = (v: number) => (Number.isFinite(v) ? f(v) : '\u2013');
    const design = `${plan.params.length} parameters, ${plan.trajectories} trajectories of ${plan.levels} levels, ${plan.reps} replication${plan.reps === 1 ? '' : 's'} averaged at each of ${plan.points.length} points`;
    // As `icsim chart --type morris` draws and words it: the ten largest labelled (the table lists all).
    const labels = Math.min(rows.length, 10);
    const { title, caption, xLabel, yLabel } = morrisFigureText(metric, design, labels === rows.length ? 'Every parameter is labelled.' : undefined);
    const footer = `icsim ${VERSION}, ${s.model}, seeds ${String(plan.seed)}:0 to ${String(plan.seed)}:${plan.reps - 1}, ${new Date().toISOString().slice(0, 10)}`;
    panel.provenance = () => footer;
    const points: MorrisPoint[] = rows.map((r) => ({ name: r.path, muStar: r.muStar * scale, sigma: r.sigma * scale, muStarConf: r.muStarConf * scale }));
    panel.set({
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
      `icsim sensitivity ${s.model} --method morris ${plan.params.map((p) => `--param ${p.path}=${p.lo}:${p.hi}`).join(' ')} ` +
      `--trajectories ${plan.trajectories} --reps ${plan.reps} --seed ${String(plan.seed)} --metric ${metric} --out screen.ndjson`;
    reading.replaceChildren(
      h('h3', {}, `What drives ${lowerFirst(lab.name)}`),
      h('p', { id: 'sens-drivers', class: 'headline-text' }, morrisReading(rows, lab.name, (v) => fmt(v * scale))),
      h('p', { id: 'sens-meaning', class: 'note' }, MORRIS_MEANING),
    );
    indices.replaceChildren(
      h('div', { class: 'table-scroll' }, table),
      h(
        'details',
        { class: 'note' },
        h('summary', {}, 'The same screen on the command line'),
        h('p', { id: 'sens-cli' }, h('code', {}, command), '; it gives the same mu* and sigma (its intervals resample with another seed). Raise --trajectories and --reps there for a screen a board can rely on.'),
      ),
    );
    results.hidden = false;
    await host.charts.drawn();
    section.dataset.state = 'done';
    section.dataset.metric = metric;
    status.textContent = `${groupDigits(plan.points.length * plan.reps)} runs in ${s.seconds.toFixed(1)} s: ${design}.`;
  }
  return api;
}
