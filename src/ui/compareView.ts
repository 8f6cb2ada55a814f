/**
 * The options appraisal: options (the scenario as edited, its named
 * variants, or a changed setting) each run for N replications on a pool of
 * workers, replication r of every option with seed `<seed>:r` as `icsim
 * sweep` does (common random numbers). Each option is shown as its paired
 * difference from a chosen baseline, computed by the same function as `icsim
 * summarise` (src/stats/pairedDifferences.ts), so the page and the command
 * line give the same numbers for the same runs; levels are clipped to their
 * bounds (counts at least 0, shares within [0, 1]) with a note.
 */
import { comparisonChart, comparisonRows, type ArmSeries } from '../charts/index.ts';
import { forestPlot, type ForestMeasure } from '../charts/print/forestPlot.ts';
import { readVariants, type ReplicationDigest } from '../api/index.ts';
import { setPath } from '../engine/index.ts';
import { metricLabel } from '../export/labels.ts';
import { pairedDifferences } from '../stats/pairedDifferences.ts';
import { applyVariant, BASE_VARIANT } from '../sweep/applyVariant.ts';
import { describe, type Description } from '../stats/describe.ts';
import { flattenSummary } from '../sweep/flattenSummary.ts';
import { runSeed } from '../sweep/runSeed.ts';
import { ChartPanel } from './chartPanel.ts';
import type { ChartQueue } from './chartQueue.ts';
import { parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { byId, clear, groupDigits, h } from './dom.ts';
import { download, fileName, svgText, svgToPng } from './exporters.ts';
import { VERSION } from '../engine/light.ts';
import { clipToBounds, deficitsByYear, HEADLINE_METRICS, metricInfo } from './resultFields.ts';
import { staleMark } from './staleMark.ts';
import { WorkerPool } from './workerPool.ts';

/** What the comparison needs from the page. */
export interface CompareHost {
  /** The edited scenario's raw data when valid, else undefined. */
  currentRaw(): unknown;
  specs: readonly ControlSpec[];
  showError(message: string): void;
  /** The command-line model argument of the scenario as edited, e.g. `models/default.json --set years=2`. */
  modelArgs(raw: unknown): string;
  /** The page's queue of chart redraws. */
  charts: ChartQueue;
}

/** One option: its name (as `icsim sweep` names variants) and its raw scenario. */
interface Arm {
  name: string;
  label: string;
  raw: unknown;
}

/** Seeds of replications 0..n-1 of a comparison seeded with `seed`: those of `icsim sweep --seed seed`. */
export function replicationSeeds(seed: string | number, n: number): string[] {
  return Array.from({ length: n }, (_, r) => runSeed(seed, r));
}

/** Measures of the forest plot, in order, when they vary (as `icsim chart --type options`), labelled and formatted as print labels them. */
const FOREST_MEASURES: readonly string[] = ['gpInfluence', 'outcomes.deficit', 'lastYear.trustsInDeficit', 'systemBalance', 'delayedDischarges', 'loans.made'];

/** Per option and metric: values by replication (in replication order). */
type Values = Map<string, number[]>;

/** What the comparison computed for the current options. */
export interface Comparison {
  arms: Arm[];
  baseline: string;
  n: number;
  metrics: string[];
  level: Map<string, Map<string, Description>>;
  diff: Map<string, Map<string, Description>>;
}

/** Computes levels and paired differences from the values of each option by replication. */
export function compareArms(names: readonly string[], values: ReadonlyMap<string, Values>, baseline: string): Pick<Comparison, 'metrics' | 'level' | 'diff'> {
  // As `icsim summarise` by default: the metrics that vary across the runs.
  const all = [...new Set([...values.values()].flatMap((v) => [...v.keys()]))];
  const metrics = all.filter((m) => {
    const xs = [...values.values()].flatMap((v) => v.get(m) ?? []);
    return xs.some((x) => x !== xs[0]);
  });
  const level = new Map<string, Map<string, Description>>();
  const diff = new Map<string, Map<string, Description>>();
  const base = values.get(baseline);
  for (const name of names) {
    const v = values.get(name)!;
    level.set(name, new Map(metrics.map((m) => [m, describe(v.get(m) ?? [])])));
    if (name === baseline || !base) continue;
    diff.set(
      name,
      new Map(
        metrics.map((m) => {
          const b = base.get(m) ?? [];
          return [m, pairedDifferences((v.get(m) ?? []).map((x, r) => [r, x] as const), (r) => b[r])];
        }),
      ),
    );
  }
  return { metrics, level, diff };
}

const fmt = (v: number) => (!Number.isFinite(v) ? '' : Math.abs(v) >= 1000 ? groupDigits(Math.round(v)) : String(+v.toPrecision(3)));
const signed = (v: number) => (v > 0 ? `+${fmt(v)}` : fmt(v).replace('-', '\u2212'));

/** Fewest and most replications per option (two give the first interval). */
export const MIN_REPLICATIONS = 2;
export const MAX_REPLICATIONS = 500;

/**
 * Replications per option from what was typed: a whole number from 2 to 500,
 * or the nearest one with a note saying so (never silently), or an error.
 */
export function readReplications(text: string): { n: number; note: string | null } | { error: string } {
  const t = text.trim();
  const v = Number(t);
  if (t === '' || !Number.isFinite(v)) return { error: `Replications per option must be a whole number from ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS}${t ? `; "${t}" is not a number` : ''}.` };
  const n = Math.max(MIN_REPLICATIONS, Math.min(MAX_REPLICATIONS, Math.round(v)));
  if (n === v) return { n, note: null };
  const why = v < MIN_REPLICATIONS ? `an interval needs at least ${MIN_REPLICATIONS}` : v > MAX_REPLICATIONS ? `the page runs at most ${MAX_REPLICATIONS} (use icsim sweep for more)` : 'replications are whole runs';
  return { n, note: `${t} replication${v === 1 ? '' : 's'} asked for: ${n} run instead (${why}).` };
}

/** Wires the comparison section. Returns a function that lists the options of the scenario now in the editor (undefined: it is invalid). */
export function setupCompare(host: CompareHost): { refresh(raw: unknown): void } {
  const armsEl = byId('compare-arms');
  const status = byId('compare-status');
  const results = byId('compare-results');
  const progress = byId<HTMLProgressElement>('compare-progress');
  const runBtn = byId<HTMLButtonElement>('compare-run');
  const cancelBtn = byId<HTMLButtonElement>('compare-cancel');
  const settingPath = byId<HTMLSelectElement>('compare-path');
  const settingValue = byId<HTMLInputElement>('compare-value');
  const baselineSel = byId<HTMLSelectElement>('compare-baseline');
  const panelDelayed = new ChartPanel(host.charts, 'chart-compare-delayed', 'Delayed discharges by option');
  const panelDeficits = new ChartPanel(host.charts, 'chart-compare-deficits', 'Organisations in deficit per year by option');
  byId('compare-charts').append(panelDelayed.el, panelDeficits.el);
  for (const s of host.specs.filter((s) => s.path !== 'seed')) settingPath.append(h('option', { value: s.path }, s.label));

  let pool: WorkerPool | null = null;
  let listed = '';
  const nInput = byId<HTMLInputElement>('compare-n');
  const nNote = byId('compare-n-note');
  const errorEl = byId('compare-error');
  /** An error beside the Compare button (the control that caused it is named in it). */
  const showError = (message: string | null) => {
    errorEl.hidden = message === null;
    errorEl.textContent = message ?? '';
  };
  /** The scenario as last validated (undefined when invalid). */
  let lastRaw: unknown = host.currentRaw();
  /** The settings of the comparison shown, or null before one. */
  let shownKey: string | null = null;
  const mark = staleMark(byId('compare-output'), 'compare-stale', () => byId('compare-output').querySelectorAll('button'));
  const currentKey = () => JSON.stringify([lastRaw, checkedNames(), settingPath.value, settingValue.value.trim(), baselineSel.value, nInput.value.trim()]);
  /** Marks the comparison shown stale as soon as the scenario or an option differs from what it ran. */
  const checkStale = () => {
    if (shownKey === null || pool) return;
    if (lastRaw === undefined) mark.set('the scenario now has problems, so these results are for the scenario as it was; fix it and press Compare.');
    else if (currentKey() !== shownKey) mark.set('the scenario or the options were changed after this comparison; press Compare to run it for the settings shown.');
    else mark.set(null);
  };
  for (const el of [settingPath, settingValue, baselineSel, nInput]) el.addEventListener('input', checkStale);
  for (const el of [settingPath, baselineSel]) el.addEventListener('change', checkStale);
  nInput.addEventListener('input', () => {
    const r = readReplications(nInput.value);
    nNote.textContent = 'error' in r ? r.error : (r.note ?? `${MIN_REPLICATIONS} to ${MAX_REPLICATIONS}`);
    nNote.classList.toggle('control-error', 'error' in r || r.note !== null);
    nInput.setAttribute('aria-invalid', String('error' in r));
  });

  const checkedNames = () => [...armsEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);

  /** The baseline chooser lists the options ticked; the previous choice is kept when it still is. */
  const refreshBaseline = () => {
    const prev = baselineSel.value;
    const names = checkedNames().map((v) => (v === '__setting' ? 'setting' : v));
    baselineSel.replaceChildren(...names.map((n) => h('option', { value: n }, n === BASE_VARIANT ? 'base (the scenario as edited)' : n === 'setting' ? 'the changed setting' : n)));
    if (names.includes(prev)) baselineSel.value = prev;
  };

  /** Lists the options: the scenario as edited, each of its variants, and a changed setting. */
  const refreshArms = (raw: unknown) => {
    lastRaw = raw;
    checkStale();
    if (raw === undefined) return;
    const variants = Object.keys(readVariants(raw));
    const key = JSON.stringify(variants);
    if (key === listed) return;
    listed = key;
    const prev = new Map([...armsEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => [c.value, c.checked]));
    clear(armsEl);
    const box = (value: string, label: string, checked: boolean) => {
      const id = `arm-${value.replace(/[^A-Za-z0-9]+/g, '-')}`;
      const input = h('input', { type: 'checkbox', id, value, checked: prev.get(value) ?? checked });
      input.addEventListener('change', () => {
        refreshBaseline();
        checkStale();
      });
      return h('div', { class: 'arm' }, input, h('label', { for: id }, label));
    };
    armsEl.append(box(BASE_VARIANT, 'base: the scenario as edited', true));
    for (const name of variants) armsEl.append(box(name, `Variant "${name}"`, true));
    armsEl.append(box('__setting', 'The scenario with the setting below changed', variants.length === 0));
    refreshBaseline();
    checkStale();
  };
  refreshArms(lastRaw);

  const selectedArms = (raw: unknown): Arm[] | string => {
    const arms: Arm[] = [];
    try {
      for (const value of checkedNames()) {
        if (value === '__setting') {
          const spec = host.specs.find((s) => s.path === settingPath.value);
          if (!spec) return 'Choose the setting to change.';
          if (settingValue.value.trim() === '') return `Give a value for ${spec.label}.`;
          const v = parseControlValue(spec, settingValue.value);
          arms.push({ name: 'setting', label: `${spec.label} = ${settingValue.value.trim()}`, raw: setPath(applyVariant(raw, BASE_VARIANT), spec.path, v) });
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
    runBtn.disabled = false;
    cancelBtn.disabled = true;
    // Settings changed while it ran make the new results stale at once.
    checkStale();
  };

  cancelBtn.addEventListener('click', () => {
    finish();
    status.textContent = 'Comparison cancelled.';
  });

  runBtn.addEventListener('click', async () => {
    const raw = host.currentRaw();
    lastRaw = raw;
    if (raw === undefined) {
      showError('The scenario is invalid (its problems are listed at the top of the page); fix it before comparing options.');
      return;
    }
    const arms = selectedArms(raw);
    if (typeof arms === 'string') {
      showError(arms);
      return;
    }
    const reps = readReplications(nInput.value);
    if ('error' in reps) {
      showError(reps.error);
      nInput.focus();
      return;
    }
    showError(null);
    const baseline = arms.some((a) => a.name === baselineSel.value) ? baselineSel.value : arms[0]!.name;
    // The baseline first, so it keeps the first colour in every chart and the options follow in the forest plot's styles.
    arms.sort((a, b) => Number(b.name === baseline) - Number(a.name === baseline));
    const n = reps.n;
    // A clamped value is said where it was typed and in the status, and the box shows what ran.
    if (reps.note) nInput.value = String(n);
    const key = currentKey();
    // The results shown are cleared for the new ones.
    shownKey = null;
    mark.set(null);
    const seed = (raw as { seed?: string | number }).seed ?? 1;
    const seeds = replicationSeeds(seed, n);
    pool?.dispose();
    const myPool = (pool = new WorkerPool());
    runBtn.disabled = true;
    cancelBtn.disabled = false;
    results.replaceChildren();
    panelDelayed.set(null);
    panelDeficits.set(null);
    const total = arms.length * n;
    let done = 0;
    progress.max = total;
    progress.value = 0;
    status.textContent = `${reps.note ? `${reps.note} ` : ''}Running ${arms.length} option${arms.length === 1 ? '' : 's'} × ${n} replications on ${myPool.size} workers…`;
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
                if (pool === myPool) {
                  progress.value = done;
                  status.textContent = `${done} of ${total} replications done…`;
                }
                return d;
              }),
            );
          }
          // Parts in replication order, so differences pair replication r with replication r.
          return (await Promise.all(parts)).flat();
        }),
      );
      if (pool !== myPool) return;
      status.textContent = `${reps.note ? `${reps.note} ` : ''}${total} replications in ${((performance.now() - t0) / 1000).toFixed(1)} s; seeds ${seeds[0]} to ${seeds[n - 1]}, the same for every option (as icsim sweep --seed ${String(seed)} --reps ${n}).`;
      await show(arms, byArm, n, baseline, String(seed), host.modelArgs(raw));
      // The results now match these settings (the box shows the replications run).
      shownKey = key;
    } catch (e) {
      if (pool === myPool) {
        status.textContent = 'The comparison stopped with an error.';
        showError(`Comparison failed: ${(e as Error).message}`);
      }
    } finally {
      if (pool === myPool) finish();
    }
  });

  async function show(arms: Arm[], byArm: ReplicationDigest[][], n: number, baseline: string, seed: string, model: string): Promise<void> {
    const bands = (labels: readonly string[], runs: ReplicationDigest[], pick: (d: ReplicationDigest) => readonly number[]) => {
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
    const provenance = `Source: ${model} \u00b7 options ${arms.map((a) => a.label).join(', ')} \u00b7 seeds ${seed}:0 to ${seed}:${n - 1} (common random numbers) \u00b7 ${n} replications \u00b7 icsim ${VERSION} \u00b7 drawn ${new Date().toISOString().slice(0, 10)}`;
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

    await host.charts.drawn();
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

  return { refresh: refreshArms };
}
