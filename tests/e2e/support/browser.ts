/**
 * Shared by the end-to-end tests and the browser benchmark: installs
 * Debian's Chromium when it is missing, builds the page with vite's command
 * line into a temporary folder, serves it with `preview()`, and launches
 * Chromium through playwright-core (in a throwaway profile: Playwright refuses
 * --user-data-dir in launch arguments).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Installs Debian's chromium with apt when it is not there (we run as root). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get install chromium did not provide ${CHROMIUM}`);
}

/** A built and served page. */
export interface Served {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/**
 * Builds the page into a temporary folder and serves it on 127.0.0.1 (a free port); `minify: false` for readable
 * profiles (scripts/page-trace.ts). The build runs in a child process: in this one, which then serves the page and
 * drives the browser, its aftermath (a large heap to collect, the bundler's threads) fell on the browser bench's
 * first load, a first visit (first chart 336-338 ms, against 227-268 ms for first loads served from a build made
 * beforehand, on the same code in the same minutes).
 */
export async function buildAndServe(options: { minify?: boolean } = {}): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'icsim-dist-'));
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...(options.minify === false ? ['--minify', 'false'] : [])];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with a throwaway profile. */
export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pw-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
