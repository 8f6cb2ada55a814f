/**
 * zod without eval, set before zod itself has loaded: zod 4 keeps its configuration on
 * `globalThis.__zod_globalConfig` (so that copies of zod share it) and adopts an object found
 * there. The browser worker's fast start (src/api/fastStartApi.ts) loads the engine's schema in a
 * chunk of its own, where the bundler may place the schema before `zodJitless.ts`'s call, and the
 * page's Content-Security-Policy forbids the eval zod would otherwise probe for.
 * tests/ui/zodJitlessGlobal.test.ts checks that the zod this project pins reads it.
 */
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(g.__zod_globalConfig ??= {}).jitless = true;
