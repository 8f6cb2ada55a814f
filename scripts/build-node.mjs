#!/usr/bin/env node
/**
 * Bundles the command line and the Node worker threads into dist-node/ with
 * esbuild, so `icsim` and the workers run plain JavaScript (no TypeScript
 * compiler at start-up). npm runs this as `prepare` after `npm ci`; the
 * vitest global setup runs it before the tests so they never see a stale
 * bundle. Plain JavaScript itself, so it needs nothing but esbuild.
 *
 * Outputs (ES modules, Node 20):
 *   dist-node/icsim.mjs           the CLI (`main(argv)`), loaded by bin/icsim.mjs
 *   dist-node/sim.node-worker.mjs the comlink worker of src/api/spawnNodeWorker.ts
 *   dist-node/sweep.worker.mjs    the tinypool worker of src/sweep/runner.ts
 *   dist-node/chunk-*.mjs         code they share (esbuild code splitting)
 *
 * Packages stay external when they cannot be bundled: tinypool starts its
 * own worker file, @resvg/resvg-js loads a native binary, playwright-core is
 * large and loaded only for PDFs, dejavu-fonts-ttf is found on disk.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-node`;

/**
 * zod's `z` namespace re-exports every locale (about 60 files, a quarter of
 * the CLI bundle), and icsim's messages are written in English: the bundle
 * keeps only `en`. Code calling `z.locales.xx()` for another locale would get
 * undefined; none does (the vitest runs use the full package).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
      resolveDir: `${root}node_modules/zod/v4/locales`,
    }));
  },
};

/** Runs the bundle; returns esbuild's result. */
export async function buildNode({ quiet = false } = {}) {
  const t0 = performance.now();
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      icsim: 'src/cli/main.ts',
      'sim.node-worker': 'workers/sim.node-worker.ts',
      'sweep.worker': 'workers/sweep.worker.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    external: ['tinypool', '@resvg/resvg-js', 'playwright-core', 'dejavu-fonts-ttf'],
    // Lets src/ code tell whether it runs from the bundle (workers sit beside it) or from source (tests).
    define: { ICSIM_BUNDLE: 'true' },
    plugins: [zodEnglishOnly],
    // Some bundled packages (linkedom's dependencies) are CommonJS and call require().
    banner: { js: "import { createRequire as __icsimCreateRequire } from 'node:module'; const require = __icsimCreateRequire(import.meta.url);" },
    sourcemap: 'linked',
    legalComments: 'none',
    minify: true,
    keepNames: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`build-node: dist-node/ written in ${(performance.now() - t0).toFixed(0)} ms`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildNode();
  } catch (e) {
    console.error(`build-node: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}

/** Vitest global setup: bundles once per test run, so tests that start the CLI or a worker use the current source. */
export default async function setup() {
  // Vitest calls this for the root config and again for each project that extends it: build once.
  await (globalThis.__icsimBuildNode ??= buildNode({ quiet: true }));
}
