import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { parseScenario } from './src/engine/index.ts';
import { CONTENT_SECURITY_POLICY } from './src/ui/contentSecurityPolicy.ts';

/** The engine's modules only define values (docs/ARCHITECTURE.md), so one that a chunk does not use is left out of it. */
const ENGINE_FREE_OF_SIDE_EFFECTS = { moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }] };

/** The bundled default model, as text and as validated here (src/api/fastStartApi.ts: the worker's fast start). */
const PARSED_DEFAULT = 'virtual:icsim/parsed-default';

/** The default model validated at build time, so the page's worker can start its run without the schema (a plugin of the page and of its workers). */
function parsedDefault(): Plugin {
  return {
    name: 'icsim-parsed-default',
    resolveId: (id) => (id === PARSED_DEFAULT ? `\0${PARSED_DEFAULT}` : undefined),
    load(id) {
      if (id !== `\0${PARSED_DEFAULT}`) return undefined;
      const path = fileURLToPath(new URL('./models/default.json', import.meta.url));
      this.addWatchFile(path);
      const text = readFileSync(path, 'utf8');
      const raw = JSON.parse(text) as Record<string, unknown>;
      const scenario = parseScenario(raw, 'models/default.json');
      // The numbers of years a link may set and still start fast: those whose validated form is the file's with only `years` changed.
      const years: number[] = [];
      for (let y = 1; y <= 100; y++) {
        try {
          if (isDeepStrictEqual(parseScenario({ ...raw, years: y }, 'models/default.json'), { ...scenario, years: y })) years.push(y);
        } catch {
          // Not a valid number of years: such a start goes to the full API, which says so.
        }
      }
      return `export default ${JSON.stringify({ text, scenario, years })};`;
    },
  };
}

/** What the chunking pass tells of a module. */
type GraphInfo = (id: string) => { importedIds: readonly string[] } | null;

/** The modules `root` imports statically, directly or not, itself included. */
function staticClosure(root: string, info: GraphInfo): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The page's code (src/ui/app.ts) and every module it imports statically that the entry (src/ui/main.ts) does not, in one
 * chunk. Left to itself the bundler splits them into seven chunks, since the panels loaded later share some of them
 * (d3, the charts, the metrics): the entry's dynamic import then fetches seven files, the browser opens at most six
 * connections at once, and the last one holds up the first chart (issue 24). The panels loaded later come after the
 * page's code, so they lose nothing by finding those modules in its chunk.
 */
function appStartGroup() {
  const entry = fileURLToPath(new URL('./src/ui/main.ts', import.meta.url));
  const app = fileURLToPath(new URL('./src/ui/app.ts', import.meta.url));
  // Worked out once per chunking pass: the pass gives the same module objects to every call, and new ones to the next
  // pass (a rebuild in watch mode, whose graph may differ).
  let members: { of: unknown; ids: Set<string> } | null = null;
  return {
    debugName: 'app',
    name(id: string, ctx: { getModuleInfo: GraphInfo }): string | null {
      const of = ctx.getModuleInfo(app);
      if (members?.of !== of) {
        const info: GraphInfo = (m) => ctx.getModuleInfo(m);
        const fromEntry = staticClosure(entry, info);
        members = { of, ids: new Set([...staticClosure(app, info)].filter((m) => !fromEntry.has(m))) };
      }
      return members.ids.has(id) ? 'app' : null;
    },
    // The members' own imports are members or the entry's (a static closure): the entry's stay in the entry's chunk.
    includeDependenciesRecursively: false,
  };
}

export default defineConfig({
  base: './',
  // The worker too: its fast start imports the simulation alone, and the schema loads behind it (src/api/fastStartApi.ts).
  worker: { format: 'es', plugins: () => [parsedDefault()], rolldownOptions: { treeshake: ENGINE_FREE_OF_SIDE_EFFECTS } },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The engine's modules only define values (docs/ARCHITECTURE.md): one the page does not use is left out of its chunks, so a
    // light import (src/engine/light.ts) does not evaluate the rest of the barrel (the page's entry then starts the worker sooner).
    rolldownOptions: { treeshake: ENGINE_FREE_OF_SIDE_EFFECTS, output: { codeSplitting: { groups: [appStartGroup()] } } },
  },
  plugins: [
    parsedDefault(),
    {
      // The built page carries its Content-Security-Policy (src/ui/contentSecurityPolicy.ts) as a meta element.
      name: 'icsim-csp',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  ],
  // `npm start` and the browser tests serve the build with the same policy as a header (it then covers the workers too).
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    // Tests that start the CLI or a Node worker run the esbuild bundle: build it first.
    globalSetup: ['scripts/build-node.mjs'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node', testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false, globalSetup: ['tests/e2e/globalSetup.ts'] },
      },
    ],
  },
});
