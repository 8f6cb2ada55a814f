/**
 * The run's charts (a {@link Panel}; its markup is `#charts` in index.html,
 * into which it puts one {@link ChartPanel} figure per chart): the live
 * charts of beds and balances, streamed month by month while a run goes,
 * with the balance chart's chooser and its "Show all" button; and the charts
 * of a finished result (outcomes by kind, GP influence, attendance, power by
 * year).
 *
 * The streamed months are in the page's state (`live`, replaced by a new
 * object at each batch, its arrays never mutated) and the render is
 * incremental: it hands a chart its new data only when the data or the view
 * changed, and the chart updates its SVG in place. While a run goes, redraws
 * are throttled to one per {@link LIVE_DRAW_MS} per chart (after the first
 * chart), through the page's one queue of redraws, so streaming adds no
 * drawing task per batch.
 */
import {
  balancesChart,
  balancesRows,
  flowsChart,
  flowsRows,
  gpInfluenceChart,
  outcomesChart,
  outcomesRows,
  participationChart,
  seriesRows,
  updateBalancesChart,
  updateFlowsChart,
} from '../charts/index.ts';
import type { TrackedOrg } from '../api/index.ts';
import type { RunResult } from '../engine/index.ts';
import { ORG_KINDS } from '../engine/light.ts';
import { balanceSeries, viewChoices, type BalanceView } from './balanceView.ts';
import { ChartPanel } from './chartPanel.ts';
import type { ChartQueue } from './chartQueue.ts';
import { h, setText, yieldToPage } from './dom.ts';
import type { LiveRun, PageState, Store } from './pageStore.ts';
import type { Panel } from './panel.ts';
import { gpInfluence, participation, yearlyPower, yearRows } from './resultFields.ts';

/** Redraw interval of the live charts while a run streams (ms). */
export const LIVE_DRAW_MS = 250;
/** Lines the balance chart draws unless all are asked for (the largest balances at the end are kept). */
const BALANCES_SHOWN = 16;
/** Most lines "Show all" draws (a national run's organisations are shown an ICS at a time). */
const BALANCES_ALL = 120;

/** What the charts show. */
interface RunChartsState {
  live: LiveRun;
  balanceView: BalanceView;
  showAllBalances: boolean;
  /** Redraws are throttled: a run is streaming and its first chart has been drawn. */
  throttled: boolean;
  /** The live charts are drawn empty while the page starts (see `chartsPrimed`). */
  primed: boolean;
  /** The result whose charts are shown (null: the outcomes chart is hidden until the next). */
  result: RunResult | null;
}

/** The balance chart's line count: how many of `total` lines are drawn, and what the note and the button say. */
export function balanceCount(total: number, noun: string, showAll: boolean): { shown: number; text: string; allHidden: boolean; allLabel: string } {
  const all = showAll && total <= BALANCES_ALL;
  const shown = all ? total : Math.min(total, BALANCES_SHOWN);
  let text = shown < total ? `Top ${shown} of ${total} ${noun} (largest balances at the end).` : total ? `All ${total} ${noun}.` : '';
  if (total > BALANCES_ALL) text += ' Choose an ICS above to see its organisations.';
  return { shown, text, allHidden: total <= BALANCES_SHOWN || total > BALANCES_ALL, allLabel: all ? `Show the top ${BALANCES_SHOWN}` : `Show all ${total}` };
}

/** What the run's charts need from the page. */
export interface RunChartsDeps {
  /** The page's store (the balance chart's chooser and button update it). */
  store: Store<PageState>;
  /** The page's queue of chart redraws. */
  queue: ChartQueue;
  /** The provenance line written into every export of these charts. */
  provenance: () => string;
  /** Called once, when the first chart with months of a run has been drawn. */
  firstChart: () => void;
}

/** The run's charts, drawing through `deps.queue`. */
export function runChartsPanel(deps: RunChartsDeps): Panel<RunChartsState> {
  const { store } = deps;
  const charts = {
    flows: new ChartPanel(deps.queue, 'chart-flows', 'Acute beds occupied and delayed discharges'),
    balances: new ChartPanel(deps.queue, 'chart-balances', 'Balance by organisation', 380),
    outcomes: new ChartPanel(deps.queue, 'chart-outcomes', 'Year-end outcomes by kind of organisation', 380),
    influence: new ChartPanel(deps.queue, 'chart-influence', 'GP influence over time'),
    participation: new ChartPanel(deps.queue, 'chart-participation', 'GP attendance and cohesion'),
    power: new ChartPanel(deps.queue, 'chart-power', 'Delegation, GP success and luck, and consensus, by year'),
  };
  const select = h('select', { id: 'balance-view' });
  const count = h('span', { id: 'balance-count', class: 'note', 'aria-live': 'polite' });
  const allButton = h('button', { type: 'button', class: 'small', id: 'balance-all', hidden: true }, 'Show all');
  /** What the live charts were last given (the render hands them new data only when it changed). */
  let drawn: { live: LiveRun; view: BalanceView; showAll: boolean; throttled: boolean } | null = null;
  let drawnResult: RunResult | null = null;
  let primedDone = false;
  /** The view of the balances the chart was last given (written on the figure once drawn: tests wait on it). */
  let balancesView: BalanceView = 'orgs';
  let firstDrawn = false;
  /** The organisations whose views the chooser offers. */
  let offered: LiveRun['tracked'] | null = null;

  /** The balance chart, its chooser and its count. */
  function drawBalances(s: Readonly<RunChartsState>, interval: number): void {
    const { live, balanceView } = s;
    // The views offered follow the run's organisations (worked out once a run, not at each batch).
    if (offered !== live.tracked) {
      offered = live.tracked;
      const choices = viewChoices(live.tracked);
      const key = choices.map((c) => c.value).join('|');
      if (select.dataset.key !== key) {
        select.dataset.key = key;
        select.replaceChildren(...choices.map((c) => h('option', { value: c.value }, c.label)));
      }
    }
    if (select.value !== balanceView) select.value = balanceView;
    const bal = { month: live.labels, balances: balanceSeries(balanceView, live.tracked, live.balances) };
    const c = balanceCount(bal.balances.length, balanceView === 'byKind' ? 'kinds' : balanceView === 'bySystem' ? 'ICSs' : 'organisations', s.showAllBalances);
    setText(count, c.text);
    allButton.hidden = c.allHidden;
    setText(allButton, c.allLabel);
    balancesView = balanceView;
    charts.balances.set({
      draw: (host, size) => balancesChart(bal, host, { ...size, id: 'balances', maxSeries: c.shown }),
      update: (svg, size) => updateBalancesChart(svg, bal, { ...size, id: 'balances', maxSeries: c.shown }),
      rows: () => balancesRows(bal),
    }, interval);
  }

  /** The charts of a result; a new run (no result) hides the outcomes until its own. */
  function drawResults(r: RunResult | null): void {
    if (!r) {
      charts.outcomes.set(null);
      return;
    }
    const years = yearRows(r);
    const kindOrder = [...ORG_KINDS];
    charts.outcomes.set(years.length ? { draw: (host, size) => outcomesChart(years, host, { ...size, id: 'outcomes', kindOrder }), rows: () => outcomesRows(years, kindOrder) } : null);
    const inf = gpInfluence(r);
    charts.influence.set(inf ? { draw: (host, size) => gpInfluenceChart({ labels: inf.labels, overall: inf.series[0]!.values, byPlace: inf.series.slice(1) }, host, { ...size, id: 'influence' }), rows: () => seriesRows(inf.labels, inf.series) } : null);
    const part = participation(r);
    charts.participation.set({ draw: (host, size) => participationChart(part, host, { ...size, id: 'participation' }), rows: () => seriesRows(part.labels, part.series) });
    const yp = yearlyPower(r);
    charts.power.set(
      yp
        ? {
            draw: (host, size) =>
              participationChart(yp, host, {
                ...size,
                id: 'power',
                title: 'Delegation, GP success and luck, and consensus, by year',
                description: `Line chart by financial year of the share of the budget delegated to places, GP success and luck (0 to 1), and the share of decisions taken by consensus.`,
              }),
            rows: () => seriesRows(yp.labels, yp.series),
          }
        : null,
    );
  }

  return {
    markup(doc) {
      const root = doc.getElementById('charts')!;
      root.append(...Object.values(charts).map((c) => c.el));
      for (const c of Object.values(charts)) c.provenance = deps.provenance;
      charts.balances.setControls(h('div', { class: 'chart-controls' }, h('label', { for: 'balance-view' }, 'Show '), select, ' ', count, ' ', allButton));
      select.addEventListener('change', () => store.update({ balanceView: select.value as BalanceView, showAllBalances: false }));
      allButton.addEventListener('click', () => store.update({ showAllBalances: !store.get().showAllBalances }));
      charts.flows.onDrawn = () => {
        if (firstDrawn || !drawn?.live.beds.length) return;
        firstDrawn = true;
        deps.firstChart();
      };
      charts.balances.onDrawn = () => {
        charts.balances.el.dataset.view = balancesView;
      };
      return root;
    },
    state: (p) => ({
      live: p.live,
      balanceView: p.balanceView,
      showAllBalances: p.showAllBalances,
      throttled: p.runState === 'running' && p.firstChart,
      primed: p.chartsPrimed,
      result: p.lastResult,
    }),
    render(root, s) {
      const { live } = s;
      // The live charts appear with a run, or empty while the page starts (never on a page that does not run).
      const shown = live.labels.length > 0 || s.primed;
      const dataChanged = !drawn || drawn.live !== live || drawn.view !== s.balanceView || drawn.showAll !== s.showAllBalances;
      // Data unchanged: only the end of throttling (a paused or finished run) hands the charts their data again, to draw at once.
      if (!shown) {
        // Nothing to show yet.
      } else if (dataChanged || (drawn!.throttled && !s.throttled)) {
        drawn = { live, view: s.balanceView, showAll: s.showAllBalances, throttled: s.throttled };
        const interval = s.throttled ? LIVE_DRAW_MS : 0;
        const flows = { month: live.labels, bedsOccupied: live.beds, delayedDischarges: live.delayed };
        charts.flows.set({
          draw: (host, size) => flowsChart(flows, host, { ...size, id: 'flows' }),
          update: (svg, size) => updateFlowsChart(svg, flows, { ...size, id: 'flows' }),
          rows: () => flowsRows(flows),
        }, interval);
        drawBalances(s, interval);
        if (live.complete) {
          // The authoritative series of a result, drawn at once (live redraws may be throttled).
          charts.flows.flush();
          charts.balances.flush();
        } else if (!firstDrawn && live.beds.length) {
          // The first months go into the chart drawn empty at start-up now, an update in place, so they are
          // painted at the coming frame rather than drawn at it and painted at the next.
          charts.flows.drawNow();
        }
      } else drawn!.throttled = s.throttled;
      if (s.primed && !primedDone && !live.labels.length) {
        // The first chart code to run and the first SVG text to lay out (fonts) cost most: at start-up, not in the run.
        primedDone = true;
        charts.flows.drawNow();
        void root.getBoundingClientRect();
        // The second chart in a task of its own: together they made the longest task of a cold load (77 ms).
        void yieldToPage().then(() => {
          if (!drawn) charts.balances.drawNow();
        });
      }
      if (s.result !== drawnResult) {
        drawnResult = s.result;
        drawResults(s.result);
      }
    },
  };
}

/** The months of a run as it starts: labels for every month, no values yet. */
export function startLive(startYear: number, totalMonths: number, tracked: readonly TrackedOrg[]): LiveRun {
  const labels = Array.from({ length: totalMonths }, (_, m) => `${startYear + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, '0')}`);
  return { labels, tracked, beds: [], delayed: [], balances: tracked.map(() => []), complete: false };
}
