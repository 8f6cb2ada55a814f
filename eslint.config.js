/**
 * ESLint (flat config) for icsim, run by `npm run lint`. It checks what the
 * type checker and the import rules cannot: the engine's purity. Same scenario
 * and seed must give bit-identical results wherever the engine runs, so
 * src/engine draws randomness only from its seeded streams (rng.ts) and never
 * reads a clock or schedules work. The page (src/ui) keeps no state at module
 * level: it lives in the store its start-up makes. Formatting and style are deliberately not
 * checked; knip finds unused code and dependency-cruiser the import boundaries.
 */
import tseslint from 'typescript-eslint';

const WHY = 'src/engine is pure and deterministic (docs/ARCHITECTURE.md, "Layers"): use the seeded streams of rng.ts, and no clocks or timers.';

const UI_WHY = 'keep page state in the store made by startApp (src/ui/pageStore.ts) or in a closure of the start-up.';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-node/**', 'node_modules/**', 'out/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['Date', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback', 'crypto'].map(
          (name) => ({ name, message: `${name}: ${WHY}` }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: `Math.random: ${WHY}` },
        { object: 'Date', property: 'now', message: `Date.now: ${WHY}` },
        { object: 'performance', property: 'now', message: `performance.now: ${WHY}` },
        { object: 'globalThis', message: `globalThis: ${WHY}` },
      ],
      'no-restricted-syntax': [
        'error',
        // Catches `new Date()` and `Date()` even where a local shadows nothing, and `Math['random']`.
        { selector: "NewExpression[callee.name='Date']", message: `new Date(): ${WHY}` },
        { selector: "MemberExpression[object.name='Math'][property.value='random']", message: `Math.random: ${WHY}` },
      ],
    },
  },
  {
    // ui: no module-level mutable state. The page's state lives in the store that its start-up makes
    // (src/ui/pageStore.ts) or in that start-up's closures, so importing a page module does nothing
    // and two pages (or tests) never share state (docs/ARCHITECTURE.md, "The page").
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Program > VariableDeclaration', 'Program > ExportNamedDeclaration > VariableDeclaration'].flatMap((decl) => [
          { selector: `${decl}[kind!='const']`, message: `Module-level let/var in src/ui: ${UI_WHY}` },
          { selector: `${decl} > VariableDeclarator > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]`, message: `Module-level collection in src/ui: ${UI_WHY}` },
          { selector: `${decl} > VariableDeclarator > ArrayExpression.init[elements.length=0]`, message: `Module-level empty array in src/ui: ${UI_WHY}` },
          { selector: `${decl} > VariableDeclarator > ObjectExpression.init[properties.length=0]`, message: `Module-level empty object in src/ui: ${UI_WHY}` },
        ]),
      ],
    },
  },
);
