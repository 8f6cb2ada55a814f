/** Shared by the export tests: fixtures (small real sweeps and a run), a scratch folder, and the CLI run in-process. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliInProcess } from '../helpers/cli.ts';

/**
 * Fixtures made with the real CLI (seed scenario carlisle-options, 2 years):
 *   options.ndjson: --variant status-quo-plus --variant practices-employ --variant community-ft --reps 4
 *   grid.csv: --vary governance.devolution.share=0.2,0.5,0.8 --vary governance.gp.mode=pcn,unified --reps 3
 *   run.json: icsim run --out
 */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const OPTIONS = join(FIXTURES, 'options.ndjson');
export const GRID = join(FIXTURES, 'grid.csv');
export const RUN = join(FIXTURES, 'run.json');

/** A fresh scratch folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'icsim-export-'));
}

/** Files in a folder, sorted. */
export const files = (dir: string) => readdirSync(dir).sort();

/** Runs `icsim ARGS` in this process; returns the exit code and what it printed. */
export async function icsim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliInProcess(args);
}
