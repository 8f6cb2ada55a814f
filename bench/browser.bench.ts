/**
 * Browser figures from Chromium (issue 24 targets: first chart within 300 ms
 * of navigation on the default model, was 1.5 s in issue 5; no main-thread
 * task over 50 ms on load or while the default scenario runs 10 years).
 * Builds the page, serves it, and loads it several times
 * (ICSIM_BENCH_LOADS, default 5), each in a new tab with a PerformanceObserver
 * for 'longtask' installed before any script; reports the median and the
 * worst load, and whether each goal is met in every load. Before the first
 * load a blank tab lets Chromium finish its own start; the page's caches
 * are still empty, so the first load stands for a first visit.
 * Each load waits for its run with one small expression in the page
 * (`waitForFirstRun`), not with a selector, whose engine Playwright would
 * evaluate in the page just as its worker starts (15-35 ms of the main thread).
 *
 * The run lasts from the page's `icsim:run-start` mark (the worker has
 * started the run) until its results are on the page (`icsim:run-end`,
 * after the end-of-run charts and tables) plus a short settling time for
 * the last frames; a task counts when any part of it falls in that window.
 * Tasks that end before the run starts are the page's start-up.
 *
 * Then the national model (models/england-2023-24.json) is loaded
 * (ICSIM_BENCH_ENGLAND_LOADS, default 2) and the same figures are reported
 * for its run (issue 15: no task over 50 ms on load or during an England run),
 * alternating with the generated England it replaced
 * (models/england-2023-24-generated.json; issue 22: the page loads the
 * data-built England within the time the generated one takes).
 *
 * On a shared machine the figures move with the load of the other processes
 * (the load average is printed): compare builds in the same conditions, and
 * see scripts/page-trace.ts for where a task's time goes and its CPU time.
 * So the last line gives, from one more load of each model with a DevTools
 * trace (ICSIM_BENCH_TRACE=0 skips it), the CPU time of the main thread's
 * costliest task on load and during the run: the page's own work, which the
 * other processes do not lengthen.
 */
import { cpus, loadavg } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { buildAndServe, ensureChromium, launch } from '../tests/e2e/support/browser.ts';
import { observeLongTasks, waitForFirstRun, type TraceEvent } from '../tests/e2e/support/pageTiming.ts';

interface Figures {
  firstChartMs: number;
  runMs: number;
  longestRunTaskMs: number;
  runTasksOver50: number;
  longestLoadTaskMs: number;
}

const FIRST_CHART_GOAL_MS = 300;
const TASK_GOAL_MS = 50;
/** Time after the run-end mark during which tasks still count as the run's (the last frames). */
const SETTLE_MS = 500;
/** Time a blank tab is left open before the first load, for Chromium's own start to finish (see below). */
const WARM_MS = 1500;

/**
 * Loads `url` with a DevTools trace and returns the CPU time (ms) of the main thread's costliest task
 * before the run starts and during it (until its results are drawn, plus {@link SETTLE_MS}).
 */
async function tracedCpu(context: BrowserContext, url: string): Promise<{ load: number; run: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (m) => events.push(...(m.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing,__metadata', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.bringToFront();
  await waitForFirstRun(page);
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const start = events.find((e) => e.name === 'icsim:run-start');
  const end = events.find((e) => e.name === 'icsim:run-end');
  if (!start || !end) return { load: NaN, run: NaN };
  const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const most = (ts: TraceEvent[]) => Math.max(0, ...ts.map((e) => (e.tdur ?? 0) / 1000));
  return {
    load: most(tasks.filter((e) => e.ts + e.dur! <= start.ts)),
    run: most(tasks.filter((e) => e.ts + e.dur! > start.ts && e.ts <= end.ts + SETTLE_MS * 1000)),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export default async function browserBench(): Promise<void> {
  const loads = Math.max(1, Number(process.env.ICSIM_BENCH_LOADS ?? 5) || 5);
  ensureChromium();
  const served = await buildAndServe();
  const browser = await launch();
  try {
    await observeLongTasks(browser.context);
    const measure = async (query: string): Promise<Figures> => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${served.url}${query}`);
      await page.bringToFront();
      await waitForFirstRun(page);
      await page.waitForTimeout(SETTLE_MS);
      const figures = await page.evaluate(
          ({ settle, goal }) => {
            const tasks = (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks;
            const first = performance.getEntriesByName('icsim:first-chart')[0]?.startTime ?? NaN;
            const start = performance.getEntriesByName('icsim:run-start')[0]?.startTime ?? first;
            const end = performance.getEntriesByName('icsim:run-end')[0]?.startTime ?? performance.now();
            const during = tasks.filter((t) => t.start + t.duration > start && t.start <= end + settle);
            const before = tasks.filter((t) => t.start + t.duration <= start);
            return {
              firstChartMs: first,
              runMs: end - start,
              longestRunTaskMs: Math.max(0, ...during.map((t) => t.duration)),
              runTasksOver50: during.filter((t) => t.duration > goal).length,
              longestLoadTaskMs: Math.max(0, ...before.map((t) => t.duration)),
            };
          },
          { settle: SETTLE_MS, goal: TASK_GOAL_MS },
        );
      await page.close();
      return figures;
    };
    // Chromium's own start (its first renderer, the network service, the spare renderer it keeps) lands
    // on the first tab it opens and competes for this machine's two cores: a visitor's browser is already
    // running. So a blank page is opened first and left to settle; the page's own caches (HTTP and the
    // compiled-code cache) stay empty, so the first load below is still a first visit.
    const warm = await browser.context.newPage();
    await warm.goto('about:blank');
    await warm.waitForTimeout(WARM_MS);
    await warm.close();
    const rounds: Figures[] = [];
    // The default scenario, 10 years, run at the page's default speed from load.
    for (let i = 0; i < loads; i++) rounds.push(await measure('?model=default&set=years%3D10'));
    const f = (v: number) => `${Math.round(v)} ms`;
    const each = (pick: (r: Figures) => number, fmt = f) => rounds.map((r) => fmt(pick(r))).join(', ');
    const stats = (pick: (r: Figures) => number) => {
      const xs = rounds.map(pick);
      return { median: median(xs), worst: Math.max(...xs) };
    };
    const verdict = (ok: boolean) => (ok ? 'goal met' : 'GOAL NOT MET');

    const fc = stats((r) => r.firstChartMs);
    console.log(
      `browser: first chart after page load over ${loads} loads: median ${f(fc.median)}, worst ${f(fc.worst)} ` +
        `(goal ${FIRST_CHART_GOAL_MS} ms in every load: ${verdict(rounds.every((r) => r.firstChartMs <= FIRST_CHART_GOAL_MS))}; loads: ${each((r) => r.firstChartMs)})`,
    );
    const lt = stats((r) => r.longestRunTaskMs);
    const over = rounds.reduce((s, r) => s + r.runTasksOver50, 0);
    console.log(
      `browser: longest main-thread task while the default scenario runs 10 years (until its results are drawn): median ${f(lt.median)}, worst ${f(lt.worst)} ` +
        `(goal ${TASK_GOAL_MS} ms: ${verdict(over === 0)}; tasks over ${TASK_GOAL_MS} ms: ${each((r) => r.runTasksOver50, String)}; longest per load: ${each((r) => r.longestRunTaskMs)})`,
    );
    const run = stats((r) => r.runMs);
    console.log(`browser: the run itself took: median ${f(run.median)}, worst ${f(run.worst)} (${each((r) => r.runMs)})`);
    const ld = stats((r) => r.longestLoadTaskMs);
    console.log(`browser: longest task while the page loads (before the run starts; goal ${TASK_GOAL_MS} ms: ${verdict(ld.worst <= TASK_GOAL_MS)}): median ${f(ld.median)}, worst ${f(ld.worst)} (${each((r) => r.longestLoadTaskMs)})`);

    const englandLoads = Math.max(1, Number(process.env.ICSIM_BENCH_ENGLAND_LOADS ?? 2) || 2);
    const models = { 'england-2023-24': [] as Figures[], 'england-2023-24-generated': [] as Figures[] };
    // Alternating, so both see the same conditions.
    for (let i = 0; i < englandLoads; i++) for (const [name, figs] of Object.entries(models)) figs.push(await measure(`?model=${name}`));
    for (const [name, eng] of Object.entries(models)) {
      const eachE = (pick: (r: Figures) => number) => eng.map((r) => f(pick(r))).join(', ');
      const overE = eng.reduce((s, r) => s + r.runTasksOver50, 0);
      console.log(
        `browser: ${name} over ${englandLoads} loads: longest task during the run ${f(Math.max(...eng.map((r) => r.longestRunTaskMs)))} ` +
          `(goal ${TASK_GOAL_MS} ms: ${verdict(overE === 0)}; tasks over ${TASK_GOAL_MS} ms: ${eng.map((r) => r.runTasksOver50).join(', ')}; longest per load: ${eachE((r) => r.longestRunTaskMs)}); ` +
          `longest task on load ${f(Math.max(...eng.map((r) => r.longestLoadTaskMs)))} (${eachE((r) => r.longestLoadTaskMs)}); first chart median ${f(median(eng.map((r) => r.firstChartMs)))} (${eachE((r) => r.firstChartMs)}); run median ${f(median(eng.map((r) => r.runMs)))} (${eachE((r) => r.runMs)})`,
      );
    }
    if (process.env.ICSIM_BENCH_TRACE !== '0') {
      const cpu: string[] = [];
      for (const [name, query] of [['default', '?model=default&set=years%3D10'], ['england-2023-24', '?model=england-2023-24']] as const) {
        const c = await tracedCpu(browser.context, `${served.url}${query}`);
        cpu.push(`${name} on load ${f(c.load)}, during the run ${f(c.run)}`);
      }
      console.log(`browser: CPU time of the main thread's costliest task (one traced load each; goal 50 ms): ${cpu.join('; ')}`);
    }
    console.log(`browser: load average of the machine (1, 5, 15 min) at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores`);
  } finally {
    await browser.close();
    await served.close();
  }
}
