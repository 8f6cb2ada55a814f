/**
 * The engine's purity rules of eslint.config.js: an engine file that draws
 * Math.random, reads a clock or schedules work is refused, and the same code
 * elsewhere is not (`npm run lint:code` runs these rules over the tree).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The rules broken by `code` as if it were the file `path`: "line: rule" for each, sorted. */
async function broken(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return [...new Set((result?.messages ?? []).map((m) => `${m.line}: ${m.ruleId ?? 'parse error'}`))].sort();
}

describe('engine purity (ESLint)', () => {
  it('refuses Math.random, Date, performance.now and timers in src/engine', async () => {
    const code = [
      'export const a = Math.random();',
      'export const b = Date.now();',
      'export const c = new Date();',
      'export const d = performance.now();',
      'setTimeout(() => 0, 1);',
      'queueMicrotask(() => undefined);',
      "export const e = Math['random']();",
    ].join('\n');
    expect(await broken(code, 'src/engine/probe.ts')).toEqual([
      '1: no-restricted-properties',
      '2: no-restricted-globals',
      '2: no-restricted-properties',
      '3: no-restricted-globals',
      '3: no-restricted-syntax',
      '4: no-restricted-globals',
      '4: no-restricted-properties',
      '5: no-restricted-globals',
      '6: no-restricted-globals',
      '7: no-restricted-properties',
      '7: no-restricted-syntax',
    ]);
  });

  it('allows the seeded streams in src/engine, and clocks outside it', async () => {
    expect(await broken("import { uniform } from './rng.ts';\nexport const f = (s: Parameters<typeof uniform>[0]) => uniform(s);", 'src/engine/probe.ts')).toEqual([]);
    expect(await broken('export const t = performance.now() + Date.now() + Math.random();', 'src/cli/probe.ts')).toEqual([]);
  });
});
