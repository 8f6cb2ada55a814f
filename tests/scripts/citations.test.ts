/**
 * The code cites only what a clone of the repository holds: every `*.md`
 * file named in src/ or tests/ exists (a bare name at the root or in docs/, a
 * path from the root), and every "docs/ODD.md §N" names a section ODD has. A
 * brief kept outside the repository once stood behind 88 citations in src/
 * (issue 23).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|css|html)$/.test(e.name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'tests'))].map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** Section numbers of docs/ODD.md headings: "## 3. Process ..." gives 3, "### 7.14a What ..." gives 7.14a. */
const oddSections = new Set(
  [...readFileSync(join(root, 'docs/ODD.md'), 'utf8').matchAll(/^#{2,3} (\d+(?:\.\d+[a-z]?)?)\.? /gm)].map((m) => m[1]),
);

describe('citations in src/ and tests/', () => {
  it('name only files in the repository', () => {
    const missing: string[] = [];
    for (const { path, text } of files) {
      for (const [name] of text.matchAll(/[\w./-]*\w\.md\b/g)) {
        // A name starting with a dot is relative to the citing file; whatever it names must be inside the clone.
        const target = name.startsWith('.') ? join(root, dirname(path), name) : join(root, name);
        const inside = !relative(root, target).startsWith('..');
        const found = inside && (existsSync(target) || (!name.includes('/') && existsSync(join(root, 'docs', name))));
        if (!found) missing.push(`${path}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('of docs/ODD.md name sections it has', () => {
    expect(oddSections.has('3')).toBe(true);
    expect(oddSections.has('7.14a')).toBe(true);
    const unknown: string[] = [];
    for (const { path, text } of files) {
      // "docs/ODD.md §7.6-7.7" or "§3 step 4", possibly wrapped onto the next comment line.
      for (const m of text.matchAll(/ODD\.md(?:\s*\*)?\s+§(\d+(?:\.\d+[a-z]?)?)/g)) {
        if (!oddSections.has(m[1]!)) unknown.push(`${path}: §${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("of a step of docs/ODD.md §3 name a step of its table", () => {
    const odd = readFileSync(join(root, 'docs/ODD.md'), 'utf8');
    const section = odd.slice(odd.indexOf('## 3. '), odd.indexOf('## 4. '));
    const steps = new Set([...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])));
    expect(steps.size).toBeGreaterThan(5);
    const unknown: string[] = [];
    let cited = 0;
    for (const { path, text } of files) {
      for (const m of text.matchAll(/ODD\.md(?:\s*\*)?\s+§3(?:\s*\*)?\s+steps?\s+(\d+)/g)) {
        cited++;
        if (!steps.has(Number(m[1]))) unknown.push(`${path}: §3 step ${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(cited).toBeGreaterThanOrEqual(10);
  });
});
