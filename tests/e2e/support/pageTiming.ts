/**
 * What the browser benchmark (bench/browser.bench.ts) and the page trace
 * (scripts/page-trace.ts) both read from Chromium: DevTools trace events, and
 * the page's own long tasks as its 'longtask' observer saw them.
 */
import type { BrowserContext } from 'playwright-core';

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
