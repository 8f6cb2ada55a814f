/**
 * What the browser benchmark (bench/browser.bench.ts) and the page trace
 * (scripts/page-trace.ts) both read from Chromium: DevTools trace events, and
 * the page's own long tasks as its 'longtask' observer saw them; and how both
 * wait for the page's first run without adding work to the page's start.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One DevTools trace event (the fields these tools read). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread in the event (µs): below `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** Makes every page of `context` record its long tasks from the start, in `window.__longtasks` (start and duration, ms from navigation). */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Waits until the page's first run has finished (`body[data-runs="1"][data-run-state="done"]`)
 * by evaluating one small expression in the page, not with a selector: the first time Playwright
 * waits for a selector it evaluates its selector engine in the page, 15-35 ms of the main thread
 * just after the load event (traced in Chromium 156), which on a first visit is when the page's
 * worker is starting, and its start needs the main thread. A visitor's browser does not do that work.
 * (A string, not a function: the benchmark runs under tsx, whose helpers do not exist in the page.)
 */
export async function waitForFirstRun(page: Page, timeoutMs = 180_000): Promise<void> {
  const done = page.evaluate(`new Promise((resolve) => {
    const done = () => document.body !== null && document.body.dataset.runs === '1' && document.body.dataset.runState === 'done';
    if (done()) return resolve(true);
    const seen = new MutationObserver(() => {
      if (!done()) return;
      seen.disconnect();
      resolve(true);
    });
    seen.observe(document.documentElement, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-runs', 'data-run-state'] });
  })`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the page's first run did not finish within ${timeoutMs} ms`)), timeoutMs)));
  try {
    await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}
