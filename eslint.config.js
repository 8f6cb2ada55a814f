/**
 * ESLint (flat config) for icsim, run by `npm run lint`. It checks what the
 * type checker and the import rules cannot: the engine's purity. Same scenario
 * and seed must give bit-identical results wherever the engine runs, so
 * src/engine draws randomness only from its seeded streams (rng.ts) and never
 * reads a clock or schedules work. Formatting and style are deliberately not
 * checked; knip finds unused code and dependency-cruiser the import boundaries.
 */
import tseslint from 'typescript-eslint';

const WHY = 'src/engine is pure and deterministic (docs/ARCHITECTURE.md, "Layers"): use the seeded streams of rng.ts, and no clocks or timers.';

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
);
