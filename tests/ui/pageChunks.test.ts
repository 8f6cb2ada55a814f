/**
 * How the page is split into chunks (vite.config.ts, issue 24: the first chart within 300 ms of
 * navigation). The entry's import of the page's code must fetch one chunk holding all of it (and at
 * most the bundler's small runtime beside it), not the seven it fetched when the bundler split what
 * the later panels share; and neither the entry nor that chunk may hold zod, whose schema would be
 * evaluated before the first chart (and would need eval under the page's Content-Security-Policy).
 */
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

type Chunk = Rolldown.OutputChunk;

describe("the page's chunks", () => {
  let chunks: Chunk[] = [];
  const modulesOf = (c: Chunk) => Object.entries(c.modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id);
  const holding = (suffix: string) => chunks.find((c) => modulesOf(c).some((id) => id.endsWith(suffix)));

  beforeAll(async () => {
    const out = await build({ logLevel: 'silent', build: { write: false } });
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    chunks = outputs.flatMap((o) => o.output.filter((c): c is Chunk => c.type === 'chunk'));
  }, 120_000);

  it("loads the page's code as one chunk, besides the entry", () => {
    const entry = chunks.find((c) => c.isEntry && modulesOf(c).some((id) => id.endsWith('src/ui/main.ts')));
    const app = holding('src/ui/app.ts');
    expect(entry).toBeDefined();
    expect(app).toBeDefined();
    expect(app).not.toBe(entry);
    // What the app's chunk imports statically, apart from the entry (loaded already): the bundler's runtime at most.
    const more = app!.imports.filter((f) => f !== entry!.fileName);
    expect(more.length).toBeLessThanOrEqual(1);
    for (const f of more) expect(chunks.find((c) => c.fileName === f)!.code.length).toBeLessThan(2_000);
    // The chunks a panel loaded later shares with the page's code are in the app's chunk: the charts, d3, the metrics.
    for (const m of ['src/charts/drawSeries.ts', 'src/engine/metrics.ts', 'd3-selection.mjs', 'src/ui/runChartsPanel.ts']) expect(holding(m)?.fileName).toBe(app!.fileName);
  });

  it('keeps zod and the scenario schema out of the entry and the app chunk', () => {
    for (const c of [holding('src/ui/main.ts')!, holding('src/ui/app.ts')!]) {
      expect(modulesOf(c).filter((id) => /node_modules[\\/]zod[\\/]|scenarioSchema\.ts$|scenario\.schema\.json/.test(id))).toEqual([]);
    }
  });

  it("keeps the page's code out of the entry", () => {
    const entry = holding('src/ui/main.ts')!;
    expect(modulesOf(entry).filter((id) => /src[\\/](charts|engine[\\/]metrics)|d3-/.test(id))).toEqual([]);
  });
});
