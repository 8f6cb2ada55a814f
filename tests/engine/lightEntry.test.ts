/**
 * src/engine/light.ts is the page's start-up entry (labels of lines and
 * kinds, the metric registry, editing a scenario): bundled, it must load
 * neither zod nor the scenario schema, because a schema built before
 * src/ui/zodJitless.ts has run would need eval, which the page's
 * Content-Security-Policy forbids (tests/e2e/csp.test.ts sees that in the
 * browser). Bundling follows runtime imports only, so type-only imports of
 * heavier modules stay allowed.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe("the engine's light entry", () => {
  it('bundles without zod or the scenario schema, with the metric registry', async () => {
    const out = await build({ entryPoints: [new URL('../../src/engine/light.ts', import.meta.url).pathname], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((p) => p.endsWith('src/engine/metrics.ts'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/zod\/|scenarioSchema\.ts$/.test(p))).toEqual([]);
  });
});
