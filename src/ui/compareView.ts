/**
 * The options appraisal: arms (the scenario as it is, its `variants`, or a
 * changed setting) each run for N replications with common seeds across a
 * pool of workers; means with 95% bands over time and a side-by-side table.
 */
import { comparisonChart, comparisonRows, type ArmSeries } from '../charts/index.ts';
import { readVariants, type Overrides, type ReplicationDigest } from '../api/index.ts';
import { ChartPanel, chartsDrawn } from './chartPanel.ts';
import { labelOf, parseControlValue, type ControlSpec } from './controlSpecs.ts';
import { byId, clear, groupDigits, h } from './dom.ts';
import { meanCI, numericLeaves, type Interval } from './stats.ts';
import { table } from './tables.ts';
import { WorkerPool } from './workerPool.ts';

/** What the comparison needs from the page. */
export interface CompareHost {
  /** The edited scenario's raw data when valid, else undefined. */
  currentRaw(): unknown;
  specs: readonly ControlSpec[];
  showError(message: string): void;
}

interface Arm {
  name: string;
  overrides: Overrides;
}

/** Seeds of replications 0..n-1 from the scenario's seed. */
export function replicationSeeds(seed: unknown, n: number): Array<string | number> {
  return Array.from({ length: n }, (_, i) => (typeof seed === 'number' ? seed + i : `${typeof seed === 'string' ? seed : '1'}-${i}`));
}

function bands(labels: readonly string[], runs: ReplicationDigest[], pick: (d: ReplicationDigest) => readonly number[]): Pick<ArmSeries, 'mean' | 'lower' | 'upper'> {
  const cis = labels.map((_, i) => meanCI(runs.map((r) => pick(r)[i] ?? NaN)));
  return { mean: cis.map((c) => c.mean), lower: cis.map((c) => c.lower), upper: cis.map((c) => c.upper) };
}

/** Wires the comparison section. */
export function setupCompare(host: CompareHost): void {
  const armsEl = byId('compare-arms');
  const status = byId('compare-status');
  const results = byId('compare-results');
  const progress = byId<HTMLProgressElement>('compare-progress');
  const runBtn = byId<HTMLButtonElement>('compare-run');
  const cancelBtn = byId<HTMLButtonElement>('compare-cancel');
  const settingPath = byId<HTMLSelectElement>('compare-path');
  const settingValue = byId<HTMLInputElement>('compare-value');
  const panelDelayed = new ChartPanel('chart-compare-delayed', 'Delayed discharges by option');
  const panelDeficits = new ChartPanel('chart-compare-deficits', 'Organisations in deficit per year by option');
  byId('compare-charts').append(panelDelayed.el, panelDeficits.el);
  for (const s of host.specs.filter((s) => s.path !== 'seed')) settingPath.append(h('option', { value: s.path }, s.label));

  let pool: WorkerPool | null = null;

  /** Lists the arms to choose from: the scenario, its variants, and a changed setting. */
  const refreshArms = () => {
    const raw = host.currentRaw();
    const variants = readVariants(raw);
    const prev = new Map([...armsEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => [c.value, c.checked]));
    clear(armsEl);
    const box = (value: string, label: string, checked: boolean) => {
      const id = `arm-${value.replace(/[^A-Za-z0-9]+/g, '-')}`;
      return h('div', { class: 'arm' }, h('input', { type: 'checkbox', id, value, checked: prev.get(value) ?? checked }), h('label', { for: id }, label));
    };
    armsEl.append(box('__base', 'The scenario as edited', true));
    for (const name of Object.keys(variants)) armsEl.append(box(`v:${name}`, `Variant "${name}"`, true));
    armsEl.append(box('__setting', 'The scenario with the setting below changed', Object.keys(variants).length === 0));
  };
  byId('compare-refresh').addEventListener('click', refreshArms);
  refreshArms();

  const selectedArms = (raw: unknown): Arm[] | string => {
    const variants = readVariants(raw);
    const arms: Arm[] = [];
    for (const c of armsEl.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      if (c.value === '__base') arms.push({ name: 'As edited', overrides: {} });
      else if (c.value.startsWith('v:')) {
        const name = c.value.slice(2);
        if (variants[name]) arms.push({ name, overrides: variants[name] });
      } else if (c.value === '__setting') {
        const spec = host.specs.find((s) => s.path === settingPath.value);
        if (!spec) return 'Choose the setting to change.';
        if (settingValue.value.trim() === '') return `Give a value for ${spec.label}.`;
        const value = parseControlValue(spec, settingValue.value);
        arms.push({ name: `${labelOf(spec.path)} = ${String(settingValue.value.trim())}`, overrides: { [spec.path]: value } });
      }
    }
    return arms.length ? arms : 'Choose at least one option to run.';
  };

  const finish = () => {
    pool?.dispose();
    pool = null;
    runBtn.disabled = false;
    cancelBtn.disabled = true;
  };

  cancelBtn.addEventListener('click', () => {
    finish();
    status.textContent = 'Comparison cancelled.';
  });

  runBtn.addEventListener('click', async () => {
    const raw = host.currentRaw();
    if (raw === undefined) {
      host.showError('The scenario is invalid; fix it before comparing options.');
      return;
    }
    const arms = selectedArms(raw);
    if (typeof arms === 'string') {
      status.textContent = arms;
      return;
    }
    const n = Math.max(2, Math.min(500, Math.round(Number(byId<HTMLInputElement>('compare-n').value) || 10)));
    const seeds = replicationSeeds((raw as { seed?: unknown }).seed ?? 1, n);
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
    status.textContent = `Running ${arms.length} option${arms.length === 1 ? '' : 's'} × ${n} replications on ${myPool.size} workers…`;
    const chunk = Math.max(1, Math.ceil(n / (myPool.size * 2)));
    const t0 = performance.now();
    try {
      const byArm = await Promise.all(
        arms.map(async (arm) => {
          const parts: Array<Promise<ReplicationDigest[]>> = [];
          for (let i = 0; i < n; i += chunk) {
            parts.push(
              myPool.replicate(raw, { seeds: seeds.slice(i, i + chunk), overrides: arm.overrides }).then((d) => {
                done += d.length;
                if (pool === myPool) {
                  progress.value = done;
                  status.textContent = `${done} of ${total} replications done…`;
                }
                return d;
              }),
            );
          }
          return (await Promise.all(parts)).flat();
        }),
      );
      if (pool !== myPool) return;
      status.textContent = `${total} replications in ${((performance.now() - t0) / 1000).toFixed(1)} s (seeds ${String(seeds[0])} to ${String(seeds[n - 1])}, the same for every option).`;
      await show(arms, byArm, n);
    } catch (e) {
      if (pool === myPool) {
        status.textContent = 'The comparison stopped with an error.';
        host.showError(`Comparison failed: ${(e as Error).message}`);
      }
    } finally {
      if (pool === myPool) finish();
    }
  });

  async function show(arms: Arm[], byArm: ReplicationDigest[][], n: number): Promise<void> {
    const labels = byArm[0]?.[0]?.month ?? [];
    const delayed: ArmSeries[] = arms.map((a, i) => ({ name: a.name, ...bands(labels, byArm[i]!, (d) => d.monthly.delayedDischarges) }));
    panelDelayed.set({
      draw: (el, size) => comparisonChart({ labels, arms: delayed, replications: n }, el, { ...size, id: 'cmp-delayed', title: 'Delayed discharges by option', yLabel: 'Delayed discharges (beds, daily mean)', yFormat: ',.0f' }),
      rows: () => comparisonRows(labels, delayed),
    });
    const fys = byArm[0]?.[0]?.summary.outcomes.byYear.map((y) => y.fy) ?? [];
    const deficits: ArmSeries[] = arms.map((a, i) => ({
      name: a.name,
      ...bands(fys, byArm[i]!, (d) => d.summary.outcomes.byYear.map((y) => y.deficit)),
    }));
    panelDeficits.set({
      draw: (el, size) =>
        comparisonChart({ labels: fys, arms: deficits, replications: n }, el, { ...size, id: 'cmp-deficits', title: 'Organisations in deficit per year by option', yLabel: 'Organisations in deficit', yFormat: ',.1f', xLabel: 'Financial year' }),
      rows: () => comparisonRows(fys, deficits),
    });

    // Side-by-side table of every numeric summary figure (new ones appear by themselves).
    const metrics = new Map<string, Interval[]>();
    byArm.forEach((runs, ai) => {
      const leaves = runs.map((r) => new Map(numericLeaves({ ...r.summary, finalBalanceByKind: r.finalBalanceByKind })));
      const keys = [...new Set(leaves.flatMap((l) => [...l.keys()]))];
      for (const k of keys) {
        if (!metrics.has(k)) metrics.set(k, []);
        metrics.get(k)![ai] = meanCI(leaves.map((l) => l.get(k) ?? NaN));
      }
    });
    const fmt = (v: number) => (Math.abs(v) >= 1000 ? groupDigits(Math.round(v)) : String(+v.toPrecision(4)));
    const rows = [...metrics.entries()]
      .filter(([, cis]) => cis.some((c) => c && (c.mean !== 0 || c.upper !== 0)))
      .map(([k, cis]) => [labelOf(k), ...arms.map((_, i) => (cis[i] && cis[i].n ? `${fmt(cis[i].mean)} (${fmt(cis[i].lower)} to ${fmt(cis[i].upper)})` : ''))]);
    // The table appears once the charts above it are drawn (each chart is drawn on a frame of its own).
    await chartsDrawn();
    results.replaceChildren(
      h('div', { class: 'table-scroll' }, table(`Mean of ${n} replications per option, with 95% confidence intervals`, ['Figure', ...arms.map((a) => a.name)], rows, { id: 'compare-table' })),
    );
  }
}
