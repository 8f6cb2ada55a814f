/**
 * Interrupted sweeps: killed with SIGKILL (and a torn last line) or stopped
 * with SIGINT, then resumed, give the same rows as an uninterrupted sweep.
 * The sweeps run as child processes, as a user would run them: in one
 * process (one worker), and through the single-threaded child that sweeps
 * filling every core run in (src/cli/singleThreaded.ts), where the signal
 * reaches the parent and the parent must pass it on, or take the child with
 * it when killed.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wantsSingleThreaded } from '../../src/cli/singleThreaded.ts';
import { cli, runCli, spawnCli, tempDir } from '../sweep/helpers.ts';

const base = ['--years', '1', '--reps', '60', '--vary', 'allocation.growthRate=0.01,0.03'];
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);

let dir: string;
let reference: string;
beforeAll(async () => {
  dir = tempDir();
  reference = join(dir, 'reference.ndjson');
  const r = await cli(['sweep', ...base, '--workers', '0', '--quiet', '--out', reference]);
  expect(r.code).toBe(0);
}, 60_000);

const MODES = [
  { mode: 'one process, one worker', args: [...base, '--workers', '1'], env: {} },
  { mode: 'single-threaded child, two workers', args: [...base, '--workers', '2'], env: { ICSIM_SINGLE_THREADED: '1' } },
];

describe('when a sweep runs in a single-threaded child', () => {
  it('sweeps whose workers fill the cores do; one worker, the analysis, help and other commands do not', () => {
    expect(wantsSingleThreaded(['sweep', 'm.json', '--out', 'x.ndjson'], {}, [], 2)).toBe(true);
    expect(wantsSingleThreaded(['sensitivity', '--method', 'morris', '--workers=2'], {}, [], 2)).toBe(true);
    expect(wantsSingleThreaded(['sweep', '--workers', '1'], {}, [], 2)).toBe(false);
    expect(wantsSingleThreaded(['sweep'], {}, [], 1)).toBe(false);
    expect(wantsSingleThreaded(['sensitivity', 'analyse', 'f.ndjson'], {}, [], 2)).toBe(false);
    expect(wantsSingleThreaded(['sweep', '--help'], {}, [], 2)).toBe(false);
    expect(wantsSingleThreaded(['run'], {}, [], 2)).toBe(false);
    // Not twice, and never when turned off; forced on request.
    expect(wantsSingleThreaded(['sweep'], {}, ['--single-threaded'], 2)).toBe(false);
    expect(wantsSingleThreaded(['sweep'], { ICSIM_PARENT_FD: '3' }, [], 2)).toBe(false);
    expect(wantsSingleThreaded(['sweep'], { ICSIM_SINGLE_THREADED: '0' }, [], 2)).toBe(false);
    expect(wantsSingleThreaded(['sweep', '--workers', '1'], { ICSIM_SINGLE_THREADED: '1' }, [], 2)).toBe(true);
  });
});

describe.each(MODES)('interrupted sweeps ($mode)', ({ args, env }) => {
/** Starts a sweep and sends `signal` once the file has at least `rows` rows. */
async function interrupt(out: string, signal: NodeJS.Signals, rows = 5) {
  const child = spawnCli(['sweep', ...args, '--out', out], undefined, env);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code, sig) => resolve(code ?? (sig === 'SIGKILL' ? -9 : null))));
  for (let i = 0; i < 3000 && lines(out) < rows + 1; i++) await new Promise((r) => setTimeout(r, 5));
  child.kill(signal);
  return { code: await exited, stderr: () => stderr };
}

  it('SIGKILL leaves finished rows (and maybe a torn line); --resume repairs and completes the same rows', async () => {
    const out = join(dir, `killed-${args.join('')}.ndjson`);
    const { code } = await interrupt(out, 'SIGKILL');
    expect(code).toBe(-9);
    // A single-threaded child stops as soon as it sees its parent gone: wait until the file no longer grows.
    for (let last = -1, now = lines(out); now !== last; last = now, now = (await new Promise((r) => setTimeout(r, 300)), lines(out)));
    const kept = lines(out) - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(120);
    // What a kill in the middle of a write leaves.
    appendFileSync(out, '{"run":999,"point":1,"variant":"ba');
    const r = await runCli(['sweep', ...args, '--resume', '--out', out], undefined, env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/removed a torn last line \(34 bytes\)/);
    expect(r.stderr).toMatch(new RegExp(`; ${kept} already in`));
    expect(readFileSync(out, 'utf8').split('\n').sort()).toEqual(readFileSync(reference, 'utf8').split('\n').sort());
  });

  it('SIGINT stops after the runs in progress, keeping every finished row; --resume finishes byte-identical', async () => {
    const out = join(dir, `stopped-${args.join('')}.ndjson`);
    const { code, stderr } = await interrupt(out, 'SIGINT');
    expect(code).toBe(130);
    expect(stderr()).toMatch(/SIGINT: stopping after the runs in progress/);
    expect(stderr()).toMatch(/interrupted: \d+ of 120 runs are in .*rerun the same command with --resume/);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // A graceful stop leaves whole runs in order: a prefix of the uninterrupted file.
    expect(readFileSync(reference, 'utf8').startsWith(text)).toBe(true);
    const r = await runCli(['sweep', ...args, '--resume', '--out', out], undefined, env);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });
});
