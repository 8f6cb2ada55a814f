/**
 * Where the page's time goes: loads the built page in Chromium with a
 * DevTools timeline trace, and prints the main thread's long tasks (over
 * ICSIM_TRACE_MIN_MS, default 30 ms) with what they spent their time on
 * (script evaluation, function calls by source, style, layout, parsing,
 * message deserialisation), plus the page's marks. Each task's CPU time is
 * shown beside its length: on a shared machine a task is often long because
 * its thread waited for a core. A diagnosis tool for the
 * figures of browser.bench.ts, not a benchmark: `npx tsx scripts/page-trace.ts
 * '?model=england-2023-24' [loads]`. As in the bench, a blank tab settles
 * first; ICSIM_TRACE_BEFORE (queries, comma-separated) are loaded untraced
 * before the traced loads (the bench's England loads follow five of the
 * default model), and ICSIM_TRACE_READABLE=1 builds the page unminified (the
 * profile's functions keep their names), ICSIM_TRACE_BY_CPU=1 picks the
 * tasks by CPU time rather than length. The tasks the page's 'longtask'
 * observer saw (what the bench counts) are printed too.
 */
import { buildAndServe, ensureChromium, launch } from '../tests/e2e/support/browser.ts';
import { observeLongTasks, waitForFirstRun, type TraceEvent } from '../tests/e2e/support/pageTiming.ts';

const MIN_MS = Number(process.env.ICSIM_TRACE_MIN_MS ?? 30) || 30;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'v8'].join(',');

function label(e: TraceEvent): string {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const where = (d.url as string | undefined)?.replace(/^.*\//, '') ?? '';
  const fn = (d.functionName as string | undefined) ?? '';
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') return `${e.name} ${fn} ${where}:${String(d.lineNumber ?? '')}`.trim();
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch') return `${e.name} ${String(d.type ?? '')}`.trim();
  return e.name;
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions the main thread's sampled profile spent time in between two trace times (µs): self and inclusive. */
function jsIn(p: Profile, from: number, to: number): string {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = nodes.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}@${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let t = p.startTime;
  const samples = p.samples ?? [];
  samples.forEach((id, i) => {
    t += p.timeDeltas?.[i] ?? 0;
    if (t < from || t > to) return;
    const dt = (p.timeDeltas?.[i + 1] ?? 0) / 1000;
    const k = name(id);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = name(cur);
      if (!seen.has(kk)) incl.set(kk, (incl.get(kk) ?? 0) + dt);
      seen.add(kk);
    }
  });
  const fmt = (m: Map<string, number>, n: number) => [...m].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(', ');
  return `${fmt(self, 6)}\n      inclusive: ${fmt(incl, 10)}`;
}

export async function trace(query: string, loads: number): Promise<void> {
  ensureChromium();
  const served = await buildAndServe(process.env.ICSIM_TRACE_READABLE === '1' ? { minify: false } : {});
  const browser = await launch();
  try {
    await observeLongTasks(browser.context);
    // As the bench: Chromium's own start lands on a blank tab, then the untraced loads.
    const warm = await browser.context.newPage();
    await warm.goto('about:blank');
    await warm.waitForTimeout(1500);
    await warm.close();
    for (const before of (process.env.ICSIM_TRACE_BEFORE ?? '').split(',').filter(Boolean)) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${served.url}${before}`);
      await waitForFirstRun(page);
      await page.close();
    }
    for (let i = 0; i < loads; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (m) => events.push(...(m.value as unknown as TraceEvent[])));
      const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await page.goto(`${served.url}${query}`);
      await waitForFirstRun(page);
      await page.waitForTimeout(500);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`));
      const observed = await page.evaluate(() => (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)}`));
      await cdp.send('Tracing.end');
      await complete;
      const { profile } = await cdp.send('Profiler.stop');
      await page.close();
      const threads = new Map<string, string>();
      for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
      const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
      const mains = new Set([...threads].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
      const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
      console.log(`\n== ${query} load ${i + 1}: marks ${marks.join(', ')}`);
      console.log(`long tasks the page observed: ${observed.join(', ') || 'none'}`);
      // Start-up: every task of at least 3 ms on each renderer thread until the first chart, to see the critical path.
      const firstChart = Number(/first-chart (\d+)/.exec(marks.join(' '))?.[1] ?? 1000) * 1000 + nav;
      const threadsOf = (name: RegExp) => new Set([...threads].filter(([, n]) => name.test(n)).map(([k]) => k));
      const startup = threadsOf(/CrRendererMain|DedicatedWorker/);
      const all = events.filter((e) => startup.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
      const show = (t: TraceEvent, pool: TraceEvent[]) => {
        const inside = pool.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.name !== 'RunTask');
        const self = new Map<string, number>();
        for (const e of inside) {
          const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur! <= e.ts + e.dur!);
          const directChildren = children.filter((c) => !children.some((p) => p !== c && c.ts >= p.ts && c.ts + c.dur! <= p.ts + p.dur!));
          self.set(label(e), (self.get(label(e)) ?? 0) + e.dur! - directChildren.reduce((a, c) => a + c.dur!, 0));
        }
        return [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join(' | ');
      };
      for (const t of all.filter((e) => e.name === 'RunTask' && e.dur! >= 3000 && e.ts <= firstChart).sort((a, b) => a.ts - b.ts)) {
        const th = threads.get(`${t.pid}:${t.tid}`)!.startsWith('Dedicated') ? 'worker' : 'main  ';
        const pool = all.filter((e) => e.pid === t.pid && e.tid === t.tid);
        console.log(`  ${th} ${((t.ts - nav) / 1000).toFixed(0).padStart(5)} +${(t.dur! / 1000).toFixed(1)} (CPU ${((t.tdur ?? NaN) / 1000).toFixed(1)}): ${show(t, pool)}`);
      }
      // ICSIM_TRACE_BY_CPU=1: the tasks whose CPU time (not length) reaches the threshold, the work that is the page's own.
      const byCpu = process.env.ICSIM_TRACE_BY_CPU === '1';
      const tasks = main.filter((e) => e.name === 'RunTask' && (byCpu ? (e.tdur ?? 0) : e.dur!) / 1000 >= MIN_MS).sort((a, b) => a.ts - b.ts);
      const allTasks = main.filter((e) => e.name === 'RunTask' && e.ts >= nav);
      const most = (key: 'dur' | 'tdur') => allTasks.reduce((m, e) => ((e[key] ?? 0) > (m?.[key] ?? -1) ? e : m), allTasks[0]);
      const fmtTask = (e: TraceEvent | undefined) => (e ? `${((e.dur ?? 0) / 1000).toFixed(1)} ms long, CPU ${((e.tdur ?? 0) / 1000).toFixed(1)} ms, at ${((e.ts - nav) / 1000).toFixed(0)} ms` : 'none');
      console.log(`main thread: the longest task ${fmtTask(most('dur'))}; the task with most CPU ${fmtTask(most('tdur'))}`);
      console.log(`long tasks (main thread, ${MIN_MS} ms or more${byCpu ? ' of CPU' : ''}):`);
      for (const t of tasks) {
        const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.name !== 'RunTask');
        // Self time per label (duration minus that of nested events).
        const self = new Map<string, number>();
        for (const e of inside) {
          const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur! <= e.ts + e.dur!);
          const directChildren = children.filter((c) => !children.some((p) => p !== c && c.ts >= p.ts && c.ts + c.dur! <= p.ts + p.dur!));
          const s = e.dur! - directChildren.reduce((a, c) => a + c.dur!, 0);
          self.set(label(e), (self.get(label(e)) ?? 0) + s);
        }
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`);
        console.log(`task at ${((t.ts - nav) / 1000).toFixed(0)} ms, ${(t.dur! / 1000).toFixed(1)} ms (CPU ${((t.tdur ?? NaN) / 1000).toFixed(1)} ms): ${top.join(' | ')}`);
        console.log(`    JS (sampled, ms self | ms with callees): ${jsIn(profile, t.ts, t.ts + t.dur!)}`);
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await trace(process.argv[2] ?? '?model=default&set=years%3D10', Number(process.argv[3] ?? 1));
