/**
 * `npm run bench`: runs every benchmark module in turn and prints figures.
 * Each module exports `default async function (): Promise<void>` and prints
 * its own lines. Benchmarks never fail a build; issues state their targets.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const modules = ['startup.bench.ts', 'engine.bench.ts', 'counterfactual.bench.ts', 'sweep.bench.ts', 'scaling.bench.ts', 'memory.bench.ts', 'sensitivity.bench.ts', 'browser.bench.ts', 'export.bench.ts', 'longRun.bench.ts'];
const only = process.argv.slice(2);
for (const m of modules) {
  if (only.length && !only.some((o) => m.startsWith(o))) continue;
  const url = new URL(`./${m}`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) continue;
  console.log(`\n== ${m}`);
  const mod = (await import(url.href)) as { default: () => Promise<void> };
  await mod.default();
}
