/**
 * Shared by the end-to-end tests and the browser benchmark: installs
 * Debian's Chromium when it is missing, builds the page with vite's API
 * into a temporary folder, serves it with `preview()`, and launches
 * Chromium through playwright-core (in a throwaway profile: Playwright refuses
 * --user-data-dir in launch arguments).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build, preview, type BuildEnvironmentOptions, type PreviewServer } from 'vite';

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

/** Builds the page into a temporary folder and serves it on 127.0.0.1 (a free port); `options` add to the build's (scripts/page-trace.ts: unminified). */
export async function buildAndServe(options: BuildEnvironmentOptions = {}): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'icsim-dist-'));
  await build({ root: ROOT, logLevel: 'warn', build: { ...options, outDir, emptyOutDir: true } });
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
