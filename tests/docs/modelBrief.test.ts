/**
 * The model's brief is in the repository (issue 23, item 3): every "MODEL.md §X"
 * (or "MODEL.md section X") citation in the docs, the source, the scripts, the
 * benches and the shipped models names a section that docs/MODEL.md has; outside
 * docs/ the citation spells the path (docs/MODEL.md); links to MODEL.md resolve;
 * and nothing cites a file outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

/** Files under `dir` (recursively) whose names end with `ext`, as repository paths. */
function files(dir: string, ext: string, recursive = true): string[] {
  return readdirSync(new URL(`${dir}/`, ROOT), { recursive })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f.replaceAll('\\', '/')}`)
    .sort();
}

const CITING = [
  ...files('docs', '.md', false),
  ...files('src', '.ts'),
  ...files('scripts', '.ts'),
  ...files('bench', '.ts'),
  ...files('models', '.json', false),
  'README.md',
];

/** Section numbers of docs/MODEL.md: "## 4. Title" gives 4, "### 4.9b Title" gives 4.9b. */
function sectionsOf(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^##\s+(\d+)\.\s/gm)) out.add(m[1]!);
  for (const m of markdown.matchAll(/^###\s+(\d+\.\d+[a-z]?)\s/gm)) out.add(m[1]!);
  return out;
}

/** GitHub-style anchors of a markdown file's headings. */
function anchorsOf(markdown: string): Set<string> {
  const slug = (h: string): string =>
    h
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
  return new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

/** Every "MODEL.md §X" or "MODEL.md section X" in a text, with the line it is on. */
function citationsIn(text: string): Array<{ section: string; line: number }> {
  const plain = text.replaceAll('\\u00a7', '§');
  return [...plain.matchAll(/MODEL\.md\)?\**,?\s*(?:§|section\s+)(\d+(?:\.\d+)?[a-z]?)/g)].map((m) => ({
    section: m[1]!,
    line: plain.slice(0, m.index).split('\n').length,
  }));
}

/** Citations whose section docs/MODEL.md does not have, as "file:line §X". */
function unresolved(path: string, text: string, sections: Set<string>): string[] {
  return citationsIn(text)
    .filter((c) => !sections.has(c.section))
    .map((c) => `${path}:${c.line} §${c.section}`);
}

const BRIEF = read('docs/MODEL.md');
const SECTIONS = sectionsOf(BRIEF);

describe('docs/MODEL.md', () => {
  it('keeps the brief’s section numbering, so existing citations land', () => {
    const want = ['1', '2', '3', '4', '5', '6', '7', '8', ...Array.from({ length: 10 }, (_, i) => `4.${i + 1}`), '4.9b'];
    expect([...SECTIONS].sort()).toEqual(want.sort());
  });

  it('says what it is and cites nothing outside the repository', () => {
    expect(BRIEF).toMatch(/original is not distributed/);
    expect(BRIEF).not.toMatch(/\.\.\/shared|\/work\//);
  });

  it('points to files that exist (a bare name is looked for under src/engine/ and its folders, src/data/, src/export/figures/)', () => {
    const under = ['', 'src/engine/', 'src/engine/mechanisms/', 'src/engine/governance/', 'src/engine/boards/', 'src/engine/voice/', 'src/data/', 'src/export/figures/', 'tests/patterns/'];
    const named = [...BRIEF.matchAll(/`((?:[\w-]+\/)*[\w.-]+\.(?:ts|json|md)|(?:src|tests)\/[\w/]+\/)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((n) => !under.some((d) => existsSync(new URL(d + n, ROOT))))).toEqual([]);
  });

  it('points to sections docs/ODD.md has', () => {
    const odd = new Set([...read('docs/ODD.md').matchAll(/^#{2,3} (\d+(?:\.\d+[a-z]?)?)\.? /gm)].map((m) => m[1]!));
    const cited = [...BRIEF.matchAll(/ODD\.md (§\d[\d.a-z]*(?:(?:,| and|-)\s*§?\d[\d.a-z]*)*)/g)].flatMap((m) =>
      m[1]!.split(/,| and|-/).map((s) => s.trim().replace(/^§/, '').replace(/\.$/, '')),
    );
    expect(cited.length).toBeGreaterThan(15);
    expect(cited.filter((s) => !odd.has(s))).toEqual([]);
  });
});

describe('citations of the brief', () => {
  it('finds the citations the docs make (a scan that found none would prove nothing)', () => {
    const all = CITING.flatMap((p) => citationsIn(read(p)));
    expect(all.length).toBeGreaterThan(50);
  });

  it('every "MODEL.md §X" in docs/, src/, scripts/, bench/, models/ and README.md names a section of docs/MODEL.md', () => {
    expect(CITING.flatMap((p) => unresolved(p, read(p), SECTIONS))).toEqual([]);
  });

  it('flags a citation of a section the brief lacks (probe: §9.9, and §4.1 is not §4.10)', () => {
    const probe = 'See MODEL.md §9.9 and MODEL.md §4.10; docs/MODEL.md section 12.\nAlso (MODEL.md \\u00a74.11).';
    expect(unresolved('probe', probe, SECTIONS)).toEqual(['probe:1 §9.9', 'probe:1 §12', 'probe:2 §4.11']);
  });

  it('outside docs/, every mention of MODEL.md spells its path (docs/MODEL.md) or is a link written into docs/', () => {
    const bare = CITING.filter((p) => !p.startsWith('docs/')).flatMap((p) =>
      [...read(p).replaceAll('[MODEL.md](MODEL.md)', '').matchAll(/(?<![\w/])MODEL\.md/g)].map((m) => `${p}: …${m.input.slice(Math.max(0, m.index - 20), m.index + 12)}…`),
    );
    expect(bare).toEqual([]);
  });

  it('links to MODEL.md from docs/ resolve, anchors included', () => {
    const anchors = anchorsOf(BRIEF);
    const broken = files('docs', '.md', false).flatMap((p) =>
      [...read(p).matchAll(/\]\((?:\.\/)?MODEL\.md(?:#([^)]+))?\)/g)]
        .filter((m) => m[1] !== undefined && !anchors.has(m[1]))
        .map((m) => `${p}: ${m[0]}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('no file outside the repository is cited', () => {
  /** Paths that leave a clone: the planners' shared folder, or an absolute path on the build machine. */
  const OUTSIDE = /\.\.\/shared\b|(?<![\w.:/-])\/work\/|\bshared\/(?:MODEL|seeds|STYLE|TOOLCHAIN)/;

  it('holds for docs/*.md and src/**/*.ts', () => {
    const hits = [...files('docs', '.md', false), ...files('src', '.ts')].filter((p) => OUTSIDE.test(read(p)));
    expect(hits).toEqual([]);
  });

  it('would catch the probes', () => {
    // Spelt in pieces so that tests/scripts/citations.test.ts does not read them as citations of this file.
    for (const probe of ['the brief in `../shared/MODEL' + '.md`', 'see /work/shared/seeds/000.txt', 'shared/seeds/004']) {
      expect(OUTSIDE.test(probe), probe).toBe(true);
    }
    expect(OUTSIDE.test('docs/MODEL.md §4.6; https://example.org/work/x')).toBe(false);
  });
});
