/**
 * The comparison of options (a {@link Panel}; its markup is `#compare` in
 * index.html, shown once the panel is mounted): options (the scenario as edited, its named variants, or a
 * changed setting) each run for N replications on a pool of workers with
 * common random numbers, as `icsim sweep` does, and shown as paired
 * differences from a chosen baseline with 95% intervals, as `icsim summarise
 * --baseline` gives them (the computation is compareView.ts's).
 *
 * What the panel shows is the page's state `compare` ({@link CompareState}):
 * the options offered and ticked, the setting, baseline and replications
 * typed, the progress and status of a comparison, and the comparison shown.
 * Its inputs update that state as they change; Compare and Cancel are its
 * actions. Results are marked stale as soon as the state's settings differ
 * from those of the comparison shown. The panel is loaded (a chunk) and
 * mounted with the page's checks.
 */
import { comparisonChart, comparisonRows, type ArmSeries } from '../charts/index.ts';
import { forestPlot, type ForestMeasure } from '../charts/print/forestPlot.ts';
import { readVariants, type ReplicationDigest } from '../api/index.ts';
import type { Arm, ComparisonShown, CompareState } from './compareState.ts';
import { setPath } from '../engine/index.ts';
import { metricLabel } from '../export/labels.ts';
import { applyVariant, BASE_VARIANT } from '../sweep/applyVariant.ts';
import { describe } from '../stats/describe.ts';
import { flattenSummary } from '../sweep/flattenSummary.ts';
import { ChartPanel } from './chartPanel.ts';
import type { ChartQueue } from './chartQueue.ts';
import { compareArms, MAX_REPLICATIONS, MIN_REPLICATIONS, readReplications, replicationSeeds, type Values } from './compareView.ts';
import { parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { groupDigits, h, setText } from './dom.ts';
import { download, fileName, svgText, svgToPng } from './exporters.ts';
import { VERSION } from '../engine/light.ts';
import { sliceSetter, type PageState, type Store } from './pageStore.ts';
import type { Panel } from './panel.ts';
import { clipToBounds } from '../export/clipToBounds.ts';
import { deficitsByYear, HEADLINE_METRICS, metricInfo } from './resultFields.ts';
import { staleMark } from './staleMark.ts';
import { WorkerPool } from './workerPool.ts';

/** A table's number: thousands grouped, three significant figures, and rounding noise below a millionth (which JavaScript would write as 4.34e-19) shown as ≈0. */
export const tableNumber = (v: number): string =>
  !Number.isFinite(v) ? '' : Math.abs(v) >= 1000 ? groupDigits(Math.round(v)) : v !== 0 && Math.abs(v) < 1e-6 ? '\u22480' : String(+v.toPrecision(3));
const fmt = tableNumber;
/** A difference: signed, with a true minus; noise stays ≈0, unsigned. */
export const signedNumber = (v: number): string => (Math.abs(v) < 1e-6 ? fmt(v) : v > 0 ? `+${fmt(v)}` : fmt(v).replace('-', '\u2212'));
const signed = signedNumber;

/** Measures of the forest plot, in order, when they vary (as `icsim chart --type options`), labelled and formatted as print labels them. */
const FOREST_MEASURES: readonly string[] = ['gpInfluence', 'outcomes.deficit', 'lastYear.trustsInDeficit', 'systemBalance', 'delayedDischarges', 'loans.made'];

/** The option boxes offered, in order: the scenario as edited, each variant, and a changed setting. */
function armValues(c: Readonly<CompareState>): string[] {
  return c.variants === null ? [] : [BASE_VARIANT, ...c.variants, '__setting'];
}

/** Whether an option is ticked (by default every variant and the scenario; the changed setting when there is no variant). */
function isChecked(c: Readonly<CompareState>, value: string): boolean {
  return c.checked[value] ?? (value === '__setting' ? c.variants?.length === 0 : true);
}

/** The options ticked, as the comparison names them (the changed setting is `setting`). */
export function tickedNames(c: Readonly<CompareState>): string[] {
  return armValues(c)
    .filter((v) => isChecked(c, v))
    .map((v) => (v === '__setting' ? 'setting' : v));
}

/** The baseline to keep when the options ticked change: the one chosen while it is ticked, else the first ticked. */
export function keptBaseline(c: Readonly<CompareState>): string {
  const names = tickedNames(c);
  return names.includes(c.baseline) ? c.baseline : (names[0] ?? '');
}

/** The settings a comparison runs for, as one comparable text. */
function settingsKey(c: Readonly<CompareState>, path: string): string {
  return JSON.stringify([c.raw, armValues(c).filter((v) => isChecked(c, v)), path, c.settingValue.trim(), c.baseline, c.nText.trim()]);
}

/** Why the comparison shown no longer matches the settings, or null when it does (or none is shown). */
export function compareStaleReason(c: Readonly<CompareState>, path: string): string | null {
  if (c.shownKey === null || c.running) return null;
  if (c.raw === undefined) return 'the scenario now has problems, so these results are for the scenario as it was; fix it and press Compare.';
  return settingsKey(c, path) !== c.shownKey ? 'the scenario or the options were changed after this comparison; press Compare to run it for the settings shown.' : null;
}

/** What the comparison needs from the page. */
export interface CompareDeps {
  store: Store<PageState>;
  /** The edited scenario's raw data when valid (validating it now), else undefined. */
  currentRaw(): unknown;
  specs: readonly ControlSpec[];
  /** The command-line model argument of the scenario as edited, e.g. `models/default.json --set years=2`. */
  modelArgs(raw: unknown): string;
  /** The page's queue of chart redraws. */
  charts: ChartQueue;
}

/** The comparison panel. `refresh(raw)` tells it the scenario now in the editor (undefined: invalid). */
export function comparePanel(deps: CompareDeps): Panel<{ compare: CompareState }> & { refresh(raw: unknown): void } {
  const { store } = deps;
  const get = () => store.get().compare;
  /** Updates the panel's slice of the page's state (a new slice only when a field changes, so an unchanged refresh renders nothing). */
  const set = sliceSetter(store, 'compare');
  const specs = deps.specs.filter((s) => s.path !== 'seed');
  const firstPath = specs[0]?.path ?? '';
  const pathOf = (c: Readonly<CompareState>) => c.settingPath || firstPath;
  const panelDelayed = new ChartPanel(deps.charts, 'chart-compare-delayed', 'Delayed discharges by option');
  const panelDeficits = new ChartPanel(deps.charts, 'chart-compare-deficits', 'Organisations in deficit per year by option');
  let pool: WorkerPool | null = null;
  /** What the render last wrote (it rewrites a part only when its state changed). */
  let listed: string | null = null;
  let showing: ComparisonShown | null = null;
  let building: Promise<void> = Promise.resolve();
  let results: HTMLElement;
  let mark: ReturnType<typeof staleMark>;

  /** The options ticked, as raw scenarios to run, or what is wrong. */
  const selectedArms = (c: Readonly<CompareState>, raw: unknown): Arm[] | string => {
    const arms: Arm[] = [];
    try {
      for (const value of armValues(c).filter((v) => isChecked(c, v))) {
        if (value === '__setting') {
          const spec = specs.find((s) => s.path === pathOf(c));
          if (!spec) return 'Choose the setting to change.';
          if (c.settingValue.trim() === '') return `Give a value for ${spec.label}.`;
          const v = parseControlValue(spec, c.settingValue);
          arms.push({ name: 'setting', label: `${spec.label} = ${c.settingValue.trim()}`, raw: setPath(applyVariant(raw, BASE_VARIANT), spec.path, v) });
        } else {
          // Exactly what `icsim sweep --variant NAME` runs.
          arms.push({ name: value, label: value === BASE_VARIANT ? 'base (as edited)' : value, raw: applyVariant(raw, value) });
        }
      }
    } catch (e) {
      return (e as Error).message;
    }
    return arms.length ? arms : 'Choose at least one option to run.';
  };

  const finish = () => {
    pool?.dispose();
    pool = null;
    // Settings changed while it ran make the new results stale at once.
    set({ running: false });
  };

  async function run(root: HTMLElement): Promise<void> {
    const raw = deps.currentRaw();
    set({ raw });
    if (raw === undefined) {
      set({ error: 'The scenario is invalid (its problems are listed at the top of the page); fix it before comparing options.' });
      return;
    }
    const arms = selectedArms(get(), raw);
    if (typeof arms === 'string') {
      set({ error: arms });
      return;
    }
    const reps = readReplications(get().nText);
    if ('error' in reps) {
      set({ error: reps.error });
      root.querySelector<HTMLInputElement>('#compare-n')!.focus();
      return;
    }
    const c = get();
    const baseline = arms.some((a) => a.name === c.baseline) ? c.baseline : arms[0]!.name;
    // The baseline first, so it keeps the first colour in every chart and the options follow in the forest plot's styles.
    arms.sort((a, b) => Number(b.name === baseline) - Number(a.name === baseline));
    const n = reps.n;
    // A clamped value is said in the status, and the box shows what ran.
    const nText = reps.note ? String(n) : c.nText;
    const key = settingsKey({ ...c, nText }, pathOf(c));
    const seed = (raw as { seed?: string | number }).seed ?? 1;
    const seeds = replicationSeeds(seed, n);
    pool?.dispose();
    const myPool = (pool = new WorkerPool());
    const total = arms.length * n;
    let done = 0;
    // The results shown are cleared for the new ones.
    set({
      error: null,
      nText,
      shown: null,
      shownKey: null,
      running: true,
      done: 0,
      total,
      status: `${reps.note ? `${reps.note} ` : ''}Running ${arms.length} option${arms.length === 1 ? '' : 's'} \u00d7 ${n} replications on ${myPool.size} workers\u2026`,
    });
    const chunk = Math.max(1, Math.ceil(n / (myPool.size * 2)));
    const t0 = performance.now();
    try {
      const byArm = await Promise.all(
        arms.map(async (arm) => {
          const parts: Array<Promise<ReplicationDigest[]>> = [];
          for (let i = 0; i < n; i += chunk) {
            parts.push(
              myPool.replicate(arm.raw, { seeds: seeds.slice(i, i + chunk) }).then((d) => {
                done += d.length;
                if (pool === myPool) set({ done, status: `${done} of ${total} replications done\u2026` });
                return d;
              }),
            );
          }
          // Parts in replication order, so differences pair replication r with replication r.
          return (await Promise.all(parts)).flat();
        }),
      );
      if (pool !== myPool) return;
      set({
        status: `${reps.note ? `${reps.note} ` : ''}${total} replications in ${((performance.now() - t0) / 1000).toFixed(1)} s; seeds ${seeds[0]} to ${seeds[n - 1]}, the same for every option (as icsim sweep --seed ${String(seed)} --reps ${n}).`,
        shown: { arms, byArm, n, baseline, seed: String(seed), model: deps.modelArgs(raw), date: new Date().toISOString().slice(0, 10) },
      });
      await building;
      // The results now match these settings (the box shows the replications run).
      set({ shownKey: key });
    } catch (e) {
      if (pool === myPool) set({ status: 'The comparison stopped with an error.', error: `Comparison failed: ${(e as Error).message}` });
    } finally {
      if (pool === myPool) finish();
    }
  }

  /** Draws a comparison's charts, then (once they are drawn, a task of its own) its tables and forest plot, unless another comparison replaced it. */
  async function showResults(shown: ComparisonShown): Promise<void> {
    const { arms, byArm, n, baseline, seed, model, date } = shown;
    const bands = (labels: readonly string[], runs: readonly ReplicationDigest[], pick: (d: ReplicationDigest) => readonly number[]) => {
      const cis = labels.map((_, i) => describe(runs.map((r) => pick(r)[i] ?? NaN).filter(Number.isFinite)));
      // Counts: the interval is clipped at zero.
      const lower = cis.map((c) => (Number.isFinite(c.ciLow) ? Math.max(0, c.ciLow) : c.mean));
      const upper = cis.map((c) => (Number.isFinite(c.ciHigh) ? c.ciHigh : c.mean));
      return { mean: cis.map((c) => c.mean), lower, upper };
    };
    const labels = byArm[0]?.[0]?.month ?? [];
    const delayed: ArmSeries[] = arms.map((a, i) => ({ name: a.label, ...bands(labels, byArm[i]!, (d) => d.monthly.delayedDischarges) }));
    panelDelayed.set({
      draw: (el, size) => comparisonChart({ labels, arms: delayed, replications: n }, el, { ...size, id: 'cmp-delayed', title: 'Delayed discharges by option', yLabel: 'Delayed discharges (beds, daily mean)', yFormat: ',.0f' }),
      rows: () => comparisonRows(labels, delayed),
    });
    const first = byArm[0]?.[0];
    const fys = first ? deficitsByYear(first.summary).map((y) => y.fy) : [];
    const deficits: ArmSeries[] = arms.map((a, i) => ({ name: a.label, ...bands(fys, byArm[i]!, (d) => deficitsByYear(d.summary).map((y) => y.deficit)) }));
    panelDeficits.set({
      draw: (el, size) =>
        comparisonChart({ labels: fys, arms: deficits, replications: n }, el, { ...size, id: 'cmp-deficits', title: 'Organisations in deficit per year by option', yLabel: 'Organisations in deficit', yFormat: ',.1f', xLabel: 'Financial year' }),
      rows: () => comparisonRows(fys, deficits),
    });

    // Every summary metric by option and replication, flattened as `icsim sweep` writes its rows.
    const values = new Map<string, Values>();
    arms.forEach((a, i) => {
      const v: Values = new Map();
      for (const d of byArm[i]!) for (const [k, x] of Object.entries(flattenSummary(d.summary))) (v.get(k) ?? v.set(k, []).get(k)!).push(x);
      values.set(a.name, v);
    });
    const cmp = compareArms(arms.map((a) => a.name), values, baseline);
    const others = arms.filter((a) => a.name !== baseline);
    const baseArm = arms.find((a) => a.name === baseline)!;
    let clippedAny = false;
    const levelCell = (arm: string, metric: string) => {
      const d = cmp.level.get(arm)!.get(metric)!;
      const c = clipToBounds(d.ciLow, d.ciHigh, metricInfo(metric).bounds);
      clippedAny ||= c.clipped;
      const ci = Number.isFinite(d.ciLow) ? ` (${fmt(c.lower)}${c.clipped ? '*' : ''} to ${fmt(c.upper)})` : '';
      return h('td', { 'data-arm': arm, 'data-metric': metric, 'data-low': String(c.lower), 'data-high': String(c.upper), 'data-mean': String(d.mean) }, `${fmt(d.mean)}${ci}`);
    };
    const diffCell = (arm: string, metric: string) => {
      const d = cmp.diff.get(arm)!.get(metric)!;
      const clear = Number.isFinite(d.ciLow) && (d.ciLow > 0 || d.ciHigh < 0);
      return h(
        'td',
        { class: clear ? 'diff clear' : 'diff', 'data-arm': arm, 'data-metric': metric, 'data-mean': String(d.mean), 'data-low': String(d.ciLow), 'data-high': String(d.ciHigh), 'data-n': String(d.n) },
        `${signed(d.mean)}${Number.isFinite(d.ciLow) ? ` (${signed(d.ciLow)} to ${signed(d.ciHigh)})` : ''}`,
      );
    };
    // The headline metrics first, in the order a board reads them; then the rest by group.
    // A row with no number in any cell (a metric no option produced) is left out.
    const filled = (m: string) => Number.isFinite(cmp.level.get(baseline)!.get(m)!.mean) || others.some((a) => Number.isFinite(cmp.diff.get(a.name)!.get(m)!.mean));
    const groups = new Map<string, string[]>([['Headline', HEADLINE_METRICS.filter((m) => cmp.metrics.includes(m) && filled(m))]]);
    for (const m of cmp.metrics) {
      if (HEADLINE_METRICS.includes(m) || !filled(m)) continue;
      const g = metricInfo(m).group;
      (groups.get(g) ?? groups.set(g, []).get(g)!).push(m);
    }
    if (!groups.get('Headline')!.length) groups.delete('Headline');
    const cols = 2 + others.length;
    const tableEl = h(
      'table',
      { id: 'compare-table' },
      h('caption', {}, `Differences from ${baseArm.label}, paired by replication (${n} pairs each), with 95% confidence intervals; bold where the interval excludes zero`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, `${baseArm.label}: mean (95% CI)`), ...others.map((a) => h('th', { scope: 'col' }, `${a.label} minus ${baseArm.label}`)))),
      ...[...groups].map(([g, ms]) =>
        h(
          'tbody',
          { 'data-group': g },
          h('tr', { class: 'group-row' }, h('th', { scope: 'rowgroup', colspan: cols }, g === 'Headline' ? 'Headline: what a board reads first' : g)),
          ...ms.map((m) => h('tr', { 'data-metric': m }, h('th', { scope: 'row' }, metricInfo(m).label), levelCell(baseline, m), ...others.map((a) => diffCell(a.name, m)))),
        ),
      ),
    );
    // Each option's own mean with its interval (clipped to the bounds of counts and shares).
    const levels = h(
      'details',
      {},
      h('summary', {}, 'Each option\u2019s own mean and 95% interval'),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { id: 'compare-levels' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), ...arms.map((a) => h('th', { scope: 'col' }, a.label)))),
          h('tbody', {}, ...[...groups.values()].flat().map((m) => h('tr', {}, h('th', { scope: 'row' }, metricInfo(m).label), ...arms.map((a) => levelCell(a.name, m))))),
        ),
      ),
    );

    // The options forest plot, as `icsim chart SWEEP --type options` draws it.
    const measures: ForestMeasure[] = FOREST_MEASURES.filter((m) => cmp.metrics.includes(m)).map((m) => ({
      label: metricLabel(m).label,
      format: metricLabel(m).format,
      rows: others.map((a, i) => {
        const d = cmp.diff.get(a.name)!.get(m)!;
        const scale = metricLabel(m).scale;
        return { name: a.label, mean: d.mean * scale, lower: d.ciLow * scale, upper: d.ciHigh * scale, n: d.n, style: i + 1 };
      }),
    }));
    // The forest plot keeps its print size (its 7 pt text stays 11 px): on a phone it scrolls inside a region.
    const forest = h('div', { class: 'forest scroll-cue', id: 'compare-forest', tabindex: '0', role: 'region', 'aria-label': 'Options forest plot (scrolls)' });
    // Where the numbers came from: the forest plot's footer, and in every export of the comparison's charts.
    const provenance = `Source: ${model} \u00b7 options ${arms.map((a) => a.label).join(', ')} \u00b7 seeds ${seed}:0 to ${seed}:${n - 1} (common random numbers) \u00b7 ${n} replications \u00b7 icsim ${VERSION} \u00b7 drawn ${date}`;
    const footer = provenance;
    const caption = `Markers: mean difference of each option from ${baseArm.label}, paired by replication (common random numbers), ${n} pairs; lines: 95% confidence intervals (Student's t); a filled marker means the interval excludes zero.`;
    const drawForest = (into: Element) => forestPlot(measures, into, { baseline: baseArm.label, widthMm: 160, caption, footer, id: 'icsim-options' });

    panelDelayed.provenance = panelDeficits.provenance = () => provenance;
    if (others.length && measures.length) drawForest(forest);
    const exportBtn = h('button', { type: 'button', id: 'export-forest', disabled: !(others.length && measures.length) }, 'Board-paper figure: options (SVG)');
    exportBtn.addEventListener('click', () => {
      const svg = drawForest(document.createElement('div'));
      download(fileName('options-forest', 'svg'), new Blob([svgText(svg)], { type: 'image/svg+xml' }));
    });
    const exportPng = h('button', { type: 'button', id: 'export-forest-png', disabled: !(others.length && measures.length) }, 'Board-paper figure: options (PNG)');
    exportPng.addEventListener('click', async () => {
      const svg = drawForest(document.createElement('div'));
      // 300 dpi: 96 CSS px per inch, scaled by 300/96.
      download(fileName('options-forest', 'png'), await svgToPng(svg, 300 / 96, [['Title', 'Options compared with the baseline'], ['Software', `icsim ${VERSION}`], ['Source', footer]]));
    });

    await deps.charts.drawn();
    if (showing !== shown) return;
    results.replaceChildren(
      h('h3', {}, 'Options compared with the baseline'),
      h('div', { class: 'toolbar' }, exportBtn, exportPng),
      forest,
      h('div', { class: 'table-scroll' }, tableEl),
      clippedAny ? h('p', { class: 'note', id: 'clip-note' }, '* An interval marked with an asterisk was clipped at its bound: a count cannot be below 0 and a share lies between 0 and 1.') : '',
      levels,
      h('p', { class: 'note', id: 'compare-cli' }, `The same numbers come from: icsim sweep ${model} ${arms.filter((a) => a.name !== 'setting').map((a) => `--variant ${a.name}`).join(' ')} --reps ${n} --seed ${seed} --out runs.ndjson, then icsim summarise runs.ndjson --baseline ${baseline}.`),
    );
  }


  return {
    markup(doc) {
      const root = doc.getElementById('compare')!;
      const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
      q('compare-charts').append(panelDelayed.el, panelDeficits.el);
      q('compare-path').append(...specs.map((s) => h('option', { value: s.path }, s.label)));
      results = q('compare-results');
      mark = staleMark(q('compare-output'), 'compare-stale', () => q('compare-output').querySelectorAll('button'));
      const onEdit = (id: string, field: 'settingPath' | 'settingValue' | 'baseline' | 'nText') => {
        const el = q<HTMLInputElement | HTMLSelectElement>(id);
        const apply = () => set({ [field]: el.value });
        el.addEventListener('input', apply);
        el.addEventListener('change', apply);
      };
      onEdit('compare-path', 'settingPath');
      onEdit('compare-value', 'settingValue');
      onEdit('compare-baseline', 'baseline');
      onEdit('compare-n', 'nText');
      q('compare-arms').addEventListener('change', (e) => {
        const box = e.target as HTMLInputElement;
        const c = { ...get(), checked: { ...get().checked, [box.value]: box.checked } };
        set({ checked: c.checked, baseline: keptBaseline(c) });
      });
      q('compare-cancel').addEventListener('click', () => {
        finish();
        set({ status: 'Comparison cancelled.' });
      });
      q('compare-run').addEventListener('click', () => void run(root));
      q('compare-body').hidden = false;
      return root;
    },
    state: ({ compare }) => ({ compare }),
    render(root, { compare: c }) {
      const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
      // The options: rebuilt when the scenario's variants change, ticked from the state.
      const values = armValues(c);
      const armsEl = q('compare-arms');
      if (listed !== values.join('\n')) {
        listed = values.join('\n');
        armsEl.replaceChildren(
          ...values.map((value) => {
            const id = `arm-${value.replace(/[^A-Za-z0-9]+/g, '-')}`;
            const label = value === BASE_VARIANT ? 'base: the scenario as edited' : value === '__setting' ? 'The scenario with the setting below changed' : `Variant "${value}"`;
            return h('div', { class: 'arm' }, h('input', { type: 'checkbox', id, value }), h('label', { for: id }, label));
          }),
        );
      }
      for (const box of armsEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = isChecked(c, box.value);
      const names = tickedNames(c);
      const baselineSel = q<HTMLSelectElement>('compare-baseline');
      if ([...baselineSel.options].map((o) => o.value).join('\n') !== names.join('\n')) {
        baselineSel.replaceChildren(...names.map((n) => h('option', { value: n }, n === BASE_VARIANT ? 'base (the scenario as edited)' : n === 'setting' ? 'the changed setting' : n)));
      }
      baselineSel.value = c.baseline;
      q<HTMLSelectElement>('compare-path').value = pathOf(c);
      const valueIn = q<HTMLInputElement>('compare-value');
      if (valueIn.value !== c.settingValue) valueIn.value = c.settingValue;
      const nIn = q<HTMLInputElement>('compare-n');
      if (nIn.value !== c.nText) nIn.value = c.nText;
      const reps = readReplications(c.nText);
      const nNote = q('compare-n-note');
      setText(nNote, 'error' in reps ? reps.error : (reps.note ?? `${MIN_REPLICATIONS} to ${MAX_REPLICATIONS}`));
      nNote.classList.toggle('control-error', 'error' in reps || reps.note !== null);
      nIn.setAttribute('aria-invalid', String('error' in reps));
      q<HTMLButtonElement>('compare-run').disabled = c.running;
      q<HTMLButtonElement>('compare-cancel').disabled = !c.running;
      const progress = q<HTMLProgressElement>('compare-progress');
      if (c.total) progress.max = c.total;
      progress.value = c.done;
      setText(q('compare-status'), c.status);
      const errorEl = q('compare-error');
      errorEl.hidden = c.error === null;
      setText(errorEl, c.error ?? '');
      if (c.shown !== showing) {
        showing = c.shown;
        if (!c.shown) {
          results.replaceChildren();
          panelDelayed.set(null);
          panelDeficits.set(null);
        } else building = showResults(c.shown);
      }
      mark.set(compareStaleReason(c, pathOf(c)));
    },
    refresh(raw) {
      const c = get();
      if (raw === undefined) {
        set({ raw });
        return;
      }
      const variants = Object.keys(readVariants(raw));
      const listedNow = c.variants !== null && c.variants.join('\n') === variants.join('\n') ? c.variants : variants;
      const next = { ...c, raw, variants: listedNow };
      set({ raw, variants: listedNow, baseline: keptBaseline(next) });
    },
  };
}
