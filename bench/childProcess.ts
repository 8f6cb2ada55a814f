/**
 * Helpers of the benchmarks that start fresh processes: wall time and peak
 * memory of a child, and esbuild bundles of benchmark scripts (so children
 * run plain JavaScript, as the installed CLI does, not TypeScript through tsx).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RSS_PRELOAD = fileURLToPath(new URL('./printMaxRss.mjs', import.meta.url));

/** What a child process did. */
export interface ChildFigures {
  /** Wall time from spawn to exit (ms). */
  ms: number;
  /** Peak resident set of the whole child (MB), when measured. */
  maxRssMB: number | undefined;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node [nodeArgs] args` in ROOT to the end. With `rss`, a preload
 * prints the child's peak RSS at exit (costs a few ms; time without it).
 */
export function runNode(args: readonly string[], o: { rss?: boolean; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): Promise<ChildFigures> {
  const argv = [...(o.nodeArgs ?? []), ...(o.rss ? ['--import', RSS_PRELOAD] : []), ...args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...o.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /ICSIM_MAXRSS_KB (\d+)/.exec(stderr);
      resolve({ ms, maxRssMB: m ? Number(m[1]) / 1024 : undefined, code, stdout, stderr });
    });
  });
}

/** Runs a child and throws with its stderr when it fails. */
export async function runNodeOk(args: readonly string[], o: { rss?: boolean; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): Promise<ChildFigures> {
  const r = await runNode(args, o);
  if (r.code !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.code}:\n${r.stderr}`);
  return r;
}

/** Bundles bench/<name>.ts (and everything it imports) into dist-node/bench/<name>.mjs; returns that path. */
export async function bundleBenchScript(name: string): Promise<string> {
  const outdir = `${ROOT}dist-node/bench`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${name}.mjs`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: [`bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    keepNames: true,
    logLevel: 'error',
  });
  return outfile;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
};
