/** Shared helpers of the sweep tests: temp dirs, hand-made sweep files, and the CLI in-process or as a child. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SweepHeader } from '../../src/sweep/index.ts';
import { runCliInProcess } from '../helpers/cli.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'icsim.mjs');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'icsim-sweep-'));
}

/** A header for hand-made sweep files. */
export function fakeHeader(over: Partial<SweepHeader> = {}): SweepHeader {
  return {
    icsimSweep: 1,
    id: 'feedfacefeedface',
    icsim: '0.0.0',
    model: 'test.json',
    variants: ['base'],
    vary: [],
    design: 'grid',
    samples: null,
    reps: 1,
    seed: 1,
    paths: [],
    points: 1,
    runs: 1,
    shard: null,
    ...over,
  };
}

/** Writes an NDJSON sweep file from a header and rows. */
export function writeNdjson(path: string, header: SweepHeader, rows: object[]): void {
  writeFileSync(path, [header, ...rows].map((r) => JSON.stringify(r) + '\n').join(''));
}

/** Runs the CLI in this process, capturing its output. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliInProcess(args);
}

/** Starts the CLI as a child process (with extra environment variables, if given). */
export function spawnCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
}

/** Runs the CLI as a child process to the end. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(args, cwd, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
