/**
 * Browser figures from Chromium (issue 5 targets: first chart within 1.5 s
 * of page load; no main-thread task over 50 ms while the default scenario
 * runs 10 years). Builds the page, serves it, loads it in a fresh profile
 * with a PerformanceObserver for 'longtask' installed before any script.
 */
import { buildAndServe, ensureChromium, launch } from '../tests/e2e/support/browser.ts';

interface Figures {
  firstChartMs: number;
  runMs: number;
  longestRunTaskMs: number;
  runTasksOver50: number;
  longestLoadTaskMs: number;
}

export default async function browserBench(): Promise<void> {
  ensureChromium();
  const served = await buildAndServe();
  const browser = await launch();
  try {
    await browser.context.addInitScript(() => {
      const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const rounds: Figures[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.context.newPage();
      // The default scenario, 10 years, run at the page's default speed from load.
      await page.goto(`${served.url}?model=default&set=years%3D10`);
      await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 60_000 });
      rounds.push(
        await page.evaluate(() => {
          const tasks = (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks;
          const first = performance.getEntriesByName('icsim:first-chart')[0]?.startTime ?? NaN;
          const start = performance.getEntriesByName('icsim:run-start')[0]?.startTime ?? first;
          const end = performance.getEntriesByName('icsim:run-end')[0]?.startTime ?? performance.now();
          const during = tasks.filter((t) => t.start >= start && t.start <= end);
          const before = tasks.filter((t) => t.start < start);
          return {
            firstChartMs: first,
            runMs: end - start,
            longestRunTaskMs: Math.max(0, ...during.map((t) => t.duration)),
            runTasksOver50: during.filter((t) => t.duration > 50).length,
            longestLoadTaskMs: Math.max(0, ...before.map((t) => t.duration)),
          };
        }),
      );
      await page.close();
    }
    const f = (v: number) => `${Math.round(v)} ms`;
    const cold = rounds[0]!;
    const warm = rounds.slice(1);
    console.log(`browser: first chart after page load: ${f(cold.firstChartMs)} cold, ${warm.map((r) => f(r.firstChartMs)).join(', ')} warm (target 1500 ms)`);
    console.log(
      `browser: longest main-thread task while the default scenario runs 10 years: ${rounds.map((r) => f(r.longestRunTaskMs)).join(', ')} ` +
        `(target 50 ms; tasks over 50 ms: ${rounds.map((r) => r.runTasksOver50).join(', ')}; run took ${rounds.map((r) => f(r.runMs)).join(', ')})`,
    );
    console.log(`browser: longest task while the page loads (before the run): ${rounds.map((r) => f(r.longestLoadTaskMs)).join(', ')}`);
  } finally {
    await browser.close();
    await served.close();
  }
}
