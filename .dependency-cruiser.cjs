/**
 * Import boundaries of icsim, checked by `npm run lint:deps` (part of
 * `npm test`, so CI fails on a violation). docs/ARCHITECTURE.md explains
 * each rule. dependency-cruiser 17.3.9 is the newest that runs on Node 20.
 */

// `reachable` rules match paths only; dependency-cruiser names a built-in module without its `node:` prefix ('fs', 'fs/promises').
const NODE_BUILTINS = `^(node:)?(${require('node:module')
  .builtinModules.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-self-contained',
      comment:
        'src/engine is pure: it imports only itself and the packages zod and seedrandom (no node:*, no other src folder).',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        pathNot: ['^src/engine/', '^node_modules/(zod|seedrandom|@types/seedrandom)/'],
      },
    },
    {
      name: 'engine-no-node-builtins',
      comment: 'src/engine runs in the browser and in workers: no node:* modules.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-only-through-index',
      comment:
        'Outside src/engine, code imports the engine only through its public entry src/engine/index.ts (and the light entries for ' +
        'start-up: src/engine/errors.ts, error classes and version; src/engine/light.ts, what the page needs before its first run; src/engine/editing.ts, what the page\'s entry module needs). ' +
        'Internals move without breaking callers.',
      severity: 'error',
      from: { pathNot: '^src/engine/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/(index|errors|light|editing)[.]ts$' },
    },
    {
      name: 'page-never-reaches-node',
      comment:
        'The page (src/ui, the browser worker) and src/charts run in a browser: nothing they import, directly or through any ' +
        'chain of imports, may be a node:* module (e.g. src/export/readInput.ts, which reads files).',
      severity: 'error',
      from: { path: ['^src/ui/', '^src/charts/', '^workers/sim[.]worker[.]ts$'] },
      to: { path: NODE_BUILTINS, reachable: true },
    },
    {
      name: 'charts-not-export-or-ui',
      comment: 'src/charts draws data passed to it; it never reaches src/export or src/ui, directly or through other modules.',
      severity: 'error',
      from: { path: '^src/charts/' },
      to: { path: '^src/(export|ui)/', reachable: true },
    },
    {
      name: 'charts-and-sweep-not-ui',
      comment: 'Charts and sweeps are shared by the CLI and the page; they never reach into the page.',
      severity: 'error',
      from: { path: '^src/(charts|sweep)/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'stats-is-pure',
      comment: 'src/stats (estimators, Student-t, intervals) is shared by Node and the browser: only packages and itself.',
      severity: 'error',
      from: { path: '^src/stats/' },
      to: { pathNot: ['^src/stats/', '^node_modules/'] },
    },
    {
      name: 'stats-no-node-builtins',
      comment: 'src/stats runs in the browser too: no node:* modules.',
      severity: 'error',
      from: { path: '^src/stats/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ui-no-node-builtins',
      comment: 'The page runs in a browser: no node:* modules anywhere in src/ui.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles (type-only imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: "Every import resolves to a file or an installed package (or is a module the page's build makes: vite.config.ts).",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Packages are not followed, but imports of them stay in the graph, so the rules can check them.
    exclude: { path: '^(dist|dist-node)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
