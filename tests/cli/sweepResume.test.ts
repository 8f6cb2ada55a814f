/**
 * Interrupted sweeps: killed with SIGKILL (and a torn last line) or stopped
 * with SIGINT, then resumed, give the same rows as an uninterrupted sweep.
 * The sweeps run as child processes, as a user would run them.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, runCli, spawnCli, tempDir } from '../sweep/helpers.ts';

const args = ['--years', '1', '--reps', '60', '--vary', 'allocation.growthRate=0.01,0.03', '--workers', '1'];
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);

let dir: string;
let reference: string;
beforeAll(async () => {
  dir = tempDir();
  reference = join(dir, 'reference.ndjson');
  const r = await cli(['sweep', ...args.slice(0, -2), '--workers', '0', '--quiet', '--out', reference]);
  expect(r.code).toBe(0);
}, 60_000);

/** Starts a sweep and sends `signal` once the file has at least `rows` rows. */
async function interrupt(out: string, signal: NodeJS.Signals, rows = 5) {
  const child = spawnCli(['sweep', ...args, '--out', out]);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code, sig) => resolve(code ?? (sig === 'SIGKILL' ? -9 : null))));
  for (let i = 0; i < 3000 && lines(out) < rows + 1; i++) await new Promise((r) => setTimeout(r, 5));
  child.kill(signal);
  return { code: await exited, stderr: () => stderr };
}

describe('interrupted sweeps', () => {
  it('SIGKILL leaves finished rows (and maybe a torn line); --resume repairs and completes the same rows', async () => {
    const out = join(dir, 'killed.ndjson');
    const { code } = await interrupt(out, 'SIGKILL');
    expect(code).toBe(-9);
    const kept = lines(out) - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(120);
    // What a kill in the middle of a write leaves.
    appendFileSync(out, '{"run":999,"point":1,"variant":"ba');
    const r = await runCli(['sweep', ...args, '--resume', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/removed a torn last line \(34 bytes\)/);
    expect(r.stderr).toMatch(new RegExp(`; ${kept} already in`));
    expect(readFileSync(out, 'utf8').split('\n').sort()).toEqual(readFileSync(reference, 'utf8').split('\n').sort());
  });

  it('SIGINT stops after the runs in progress, keeping every finished row; --resume finishes byte-identical', async () => {
    const out = join(dir, 'stopped.ndjson');
    const { code, stderr } = await interrupt(out, 'SIGINT');
    expect(code).toBe(130);
    expect(stderr()).toMatch(/SIGINT: stopping after the runs in progress/);
    expect(stderr()).toMatch(/interrupted: \d+ of 120 runs are in .*rerun the same command with --resume/);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // A graceful stop leaves whole runs in order: a prefix of the uninterrupted file.
    expect(readFileSync(reference, 'utf8').startsWith(text)).toBe(true);
    const r = await runCli(['sweep', ...args, '--resume', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });
});
