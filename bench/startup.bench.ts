/**
 * Start-up of the command line (issue 10): `icsim --help` through
 * bin/icsim.mjs (the esbuild bundle) against `node -e 0`, each in a fresh
 * process, interleaved; and one England 10-year run (`icsim run
 * models/england.json --years 10`) in a fresh process, wall time as a user
 * sees it (goal 1 s), with the peak RSS of each.
 *
 * ICSIM_BENCH_STARTS (default 15): start-ups of each to time.
 */
import { loadavg } from 'node:os';
import { median, runNodeOk } from './childProcess.ts';

export default async function startupBench(): Promise<void> {
  const n = Number(process.env.ICSIM_BENCH_STARTS ?? 15);
  const help: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < n; i++) {
    bare.push((await runNodeOk(['-e', '0'])).ms);
    help.push((await runNodeOk(['bin/icsim.mjs', '--help'])).ms);
  }
  const helpRss = (await runNodeOk(['bin/icsim.mjs', '--help'], { rss: true })).maxRssMB!;
  const bareRss = (await runNodeOk(['-e', '0'], { rss: true })).maxRssMB!;
  console.log(`load average ${loadavg()[0]!.toFixed(2)}; median (fastest) of ${n} start-ups, each a fresh process:`);
  console.log(`  node -e 0:       ${median(bare).toFixed(0)} ms (${Math.min(...bare).toFixed(0)} ms), peak RSS ${bareRss.toFixed(0)} MB`);
  console.log(`  icsim --help:    ${median(help).toFixed(0)} ms (${Math.min(...help).toFixed(0)} ms), peak RSS ${helpRss.toFixed(0)} MB`);
  console.log(`  icsim's own start-up: ${(median(help) - median(bare)).toFixed(0)} ms over node's`);

  const england: Array<{ ms: number; rss: number }> = [];
  for (let i = 0; i < 3; i++) {
    const r = await runNodeOk(['bin/icsim.mjs', 'run', 'models/england.json', '--years', '10'], { rss: true });
    england.push({ ms: r.ms, rss: r.maxRssMB! });
  }
  const best = Math.min(...england.map((e) => e.ms));
  console.log(
    `  icsim run models/england.json --years 10: ${england.map((e) => (e.ms / 1000).toFixed(2)).join(', ')} s (best ${(best / 1000).toFixed(2)} s; goal 1 s: ${best <= 1000 ? 'met' : 'NOT met'}), peak RSS ${Math.max(...england.map((e) => e.rss)).toFixed(0)} MB`,
  );
}
