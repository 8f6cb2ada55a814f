/**
 * The page keeps no module-level mutable state (issue 23, item 5): the rule
 * in eslint.config.js ("ui: no module-level mutable state") holds for every
 * file of src/ui, and fails on each kind of probe it is meant to catch.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The messages of the rule for a piece of code linted as if it were the file `src/ui/<name>`. */
async function moduleStateMessages(code: string, name = 'probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}src/ui/${name}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}: ${m.message.split(':')[0]!}`);
}

describe('no module-level mutable state in src/ui', () => {
  it('holds for every file of src/ui', async () => {
    const results = await eslint.lintFiles(['src/ui/**/*.ts']);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${r.filePath.slice(root.length)}:${m.line}`));
    expect(results.length).toBeGreaterThan(30);
    expect(found).toEqual([]);
  });

  it('fails on top-level let and var, exported or not, and on top-level empty collections', async () => {
    const probe = [
      'let a = 0;',
      'export let b = 0;',
      'var c = 0;',
      'const d = new Map<string, number>();',
      'export const e = new Set<string>();',
      'const f = new WeakMap<object, string>();',
      'const g: number[] = [];',
      'const h = {};',
      'export function use(): number { return a + b + c + d.size + e.size + g.length + Object.keys(h).length + (f.has({}) ? 1 : 0); }',
    ].join('\n');
    expect(await moduleStateMessages(probe)).toEqual([
      '1: Module-level let/var in src/ui',
      '2: Module-level let/var in src/ui',
      '3: Module-level let/var in src/ui',
      '4: Module-level collection in src/ui',
      '5: Module-level collection in src/ui',
      '6: Module-level collection in src/ui',
      '7: Module-level empty array in src/ui',
      '8: Module-level empty object in src/ui',
    ]);
  });

  it('allows constants at module level and any state inside functions', async () => {
    const probe = [
      "const LIMIT = 16;",
      "export const SPEEDS = [{ label: 'slow' }, { label: 'fast' }];",
      'export function start(): () => number {',
      '  let count = 0;',
      '  const seen = new Set<number>();',
      '  return () => (seen.add(count), ++count + LIMIT + SPEEDS.length);',
      '}',
    ].join('\n');
    expect(await moduleStateMessages(probe)).toEqual([]);
  });
});
