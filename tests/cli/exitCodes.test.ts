/**
 * One exit-code convention everywhere (issue 25, src/cli/exitCodes.ts): every
 * command is run against the same table of bad inputs; a missing or
 * unreadable input is 3, bad input 2, failed work 1, and every refusal is one
 * line on stderr.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.ts';
import { setVerbose } from '../../src/cli/problemLine.ts';
import { runCliInProcess } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const OPTIONS = join(root, 'tests/export/fixtures/options.ndjson');
const GRID = join(root, 'tests/export/fixtures/grid.csv');
const dir = mkdtempSync(join(tmpdir(), 'icsim-exit-'));
const at = (name: string) => join(dir, name);
afterEach(() => setVerbose(false));

// The bad inputs, each as a file (or its absence) in the scratch folder.
const sweepText = readFileSync(OPTIONS, 'utf8');
const deep = '['.repeat(200_000) + ']'.repeat(200_000);
writeFileSync(at('foreign.json'), '{"hello": 1}\n');
writeFileSync(at('foreign.ndjson'), '{"hello": 1}\n');
writeFileSync(at('torn.ndjson'), sweepText.slice(0, Math.floor(sweepText.length / 2)));
writeFileSync(at('utf16.json'), Buffer.from('\ufeff' + readFileSync(join(root, 'models/default.json'), 'utf8'), 'utf16le'));
writeFileSync(at('utf16.ndjson'), Buffer.from('\ufeff' + sweepText, 'utf16le'));
writeFileSync(at('deep.json'), deep);
writeFileSync(at('deep.ndjson'), deep + '\n');
mkdirSync(at('folder.ndjson'));
mkdirSync(at('folder.json'));

type Input = 'missing' | 'directory' | 'foreign' | 'torn' | 'utf16' | 'deep';
const INPUTS: Record<Input, { json: string; ndjson: string }> = {
  missing: { json: at('missing.json'), ndjson: at('missing.ndjson') },
  directory: { json: at('folder.json'), ndjson: at('folder.ndjson') },
  foreign: { json: at('foreign.json'), ndjson: at('foreign.ndjson') },
  torn: { json: at('torn.ndjson'), ndjson: at('torn.ndjson') },
  utf16: { json: at('utf16.json'), ndjson: at('utf16.ndjson') },
  deep: { json: at('deep.json'), ndjson: at('deep.ndjson') },
};

interface Row {
  /** The command line, with IN for the input file and OUT for a fresh output path. */
  args: string[];
  /** Which name of the input the command reads (a model is .json, a sweep file .ndjson). */
  reads: 'json' | 'ndjson';
  codes: Record<Input, number>;
  /** Arguments that add an unknown parameter (or option) to an otherwise good command line: exit 2. */
  unknown: string[];
}

const MODEL_CODES: Record<Input, number> = { missing: 3, directory: 3, foreign: 2, torn: 2, utf16: 2, deep: 2 };
/** A torn sweep file: merge and analyse refuse it (2); chart and report refuse an incomplete sweep (1); summarise shows it and says what is missing (0). */
const SWEEP_CODES = (torn: number): Record<Input, number> => ({ ...MODEL_CODES, torn });

const TABLE: Record<string, Row> = {
  run: { args: ['run', 'IN', '--years', '1'], reads: 'json', codes: MODEL_CODES, unknown: ['run', '--set', 'nope.x=1'] },
  validate: { args: ['validate', 'IN'], reads: 'json', codes: MODEL_CODES, unknown: ['validate', '--frobnicate', join(root, 'models/default.json')] },
  sweep: { args: ['sweep', 'IN', '--out', 'OUT.ndjson', '--years', '1', '--reps', '1', '--workers', '0', '--quiet'], reads: 'json', codes: MODEL_CODES, unknown: ['sweep', '--vary', 'nope.x=1,2', '--out', 'OUT.ndjson', '--workers', '0'] },
  sensitivity: {
    args: ['sensitivity', 'IN', '--method', 'morris', '--out', 'OUT.ndjson', '--years', '1', '--workers', '0', '--quiet'],
    reads: 'json',
    codes: MODEL_CODES,
    unknown: ['sensitivity', '--method', 'morris', '--param', 'nope.x=0:1', '--out', 'OUT.ndjson', '--workers', '0'],
  },
  'sensitivity analyse': { args: ['sensitivity', 'analyse', 'IN'], reads: 'ndjson', codes: SWEEP_CODES(2), unknown: ['sensitivity', 'analyse', OPTIONS, '--metric', 'nope'] },
  merge: { args: ['merge', 'IN', '--out', 'OUT.ndjson'], reads: 'ndjson', codes: SWEEP_CODES(2), unknown: ['merge', OPTIONS, '--out', 'OUT.ndjson', '--frobnicate'] },
  summarise: { args: ['summarise', 'IN'], reads: 'ndjson', codes: SWEEP_CODES(0), unknown: ['summarise', OPTIONS, '--by', 'nope'] },
  chart: { args: ['chart', 'IN', '--type', 'influence', '--out', 'OUT.svg'], reads: 'ndjson', codes: SWEEP_CODES(1), unknown: ['chart', OPTIONS, '--type', 'options', '--metric', 'nope', '--out', 'OUT.svg'] },
  report: { args: ['report', 'IN', '--out', 'OUT.html', '--no-pdf'], reads: 'ndjson', codes: SWEEP_CODES(1), unknown: ['report', OPTIONS, '--out', 'OUT.html', '--no-pdf', '--metric', 'nope'] },
  discover: { args: ['discover', 'IN', '--where', 'gpInfluence>0.1'], reads: 'ndjson', codes: SWEEP_CODES(2), unknown: ['discover', OPTIONS, '--where', 'gpInfluence>0.1', '--frobnicate'] },
  robust: {
    args: ['robust', 'IN', '--option', 'a', '--option', 'b', '--uncertain', 'allocation.growthRate=0:0.05', '--metric', 'gpInfluence:max', '--points', '2', '--reps', '1', '--out', 'OUT.ndjson', '--workers', '0', '--quiet'],
    reads: 'json',
    codes: MODEL_CODES,
    unknown: ['robust', join(root, 'models/three-point-plan.json'), '--option', 'devolved-unified-attending', '--option', 'advisory-unified-attending', '--uncertain', 'nope.x=0:1', '--metric', 'gpInfluence:max', '--out', 'OUT.ndjson', '--workers', '0'],
  },
};

let outs = 0;
const fill = (args: string[], input = '') => {
  const out = at(`out-${outs++}`);
  return args.map((a) => (a === 'IN' ? input : a.replace('OUT', out)));
};

/** Runs a command line; checks the exit code and that stderr is one line. */
async function expectRefusal(args: string[], code: number) {
  const r = await runCliInProcess(args);
  expect({ args: args.join(' '), code: r.code }).toEqual({ args: args.join(' '), code });
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('every command, the same bad inputs: exit code and one line on stderr', () => {
  it('covers every command of the registry (power reads no file: its bad options are below)', () => {
    for (const c of commands.filter((c) => c.name !== 'power')) expect(Object.keys(TABLE).filter((k) => k.split(' ')[0] === c.name), `${c.name} has no row in the table`).not.toHaveLength(0);
  });

  for (const [name, row] of Object.entries(TABLE)) {
    for (const input of Object.keys(INPUTS) as Input[]) {
      it(`${name}: ${input} input gives ${row.codes[input]}`, async () => {
        const file = INPUTS[input][row.reads];
        const line = await expectRefusal(fill(row.args, file), row.codes[input]);
        // The line names the file, and never leaks an internal failure.
        if (input !== 'torn' || row.codes.torn !== 0) expect(line).toContain(file.split('/').pop()!);
        expect(line).not.toMatch(/Maximum call stack|a fault in icsim|\uFFFD/);
      });
    }
    it(`${name}: an unknown parameter or option gives 2`, async () => {
      await expectRefusal(fill(row.unknown), 2);
    });
  }

  it('power: bad options give 2', async () => {
    await expectRefusal(['power', '--weights', '1,2', '--quota', '9'], 2);
    await expectRefusal(['power', '--weights', 'a'], 2);
    await expectRefusal(['power', '--frobnicate'], 2);
  });
});

describe('the cases of issue 25, one by one', () => {
  it('sensitivity: missing file 3; plain sweep, foreign file, unknown parameter, low above high 2', async () => {
    expect(await expectRefusal(['sensitivity', 'analyse', at('missing.ndjson')], 3)).toMatch(/missing\.ndjson: cannot read the file: no such file/);
    expect(await expectRefusal(['sensitivity', 'analyse', OPTIONS], 2)).toMatch(/is a sweep, not a sensitivity analysis/);
    expect(await expectRefusal(['sensitivity', 'analyse', at('foreign.ndjson')], 2)).toMatch(/foreign\.ndjson/);
    expect(await expectRefusal(fill(['sensitivity', '--method', 'morris', '--param', 'nope.x=0:1', '--out', 'OUT.ndjson']), 2)).toMatch(/nope\.x is not a numeric field/);
    expect(await expectRefusal(fill(['sensitivity', '--method', 'morris', '--param', 'allocation.growthRate=0.2:0.1', '--out', 'OUT.ndjson']), 2)).toMatch(/low end \(0\.2\) must be less than the high end/);
  });

  it('merge given a directory names the directory, not the output', async () => {
    const line = await expectRefusal(fill(['merge', at('folder.ndjson'), '--out', 'OUT.ndjson']), 3);
    expect(line).toMatch(/folder\.ndjson: cannot read the file: it is a directory/);
  });

  it('summarise given a directory names it', async () => {
    expect(await expectRefusal(['summarise', at('folder.ndjson')], 3)).toContain(`${at('folder.ndjson')}: cannot read the file: it is a directory`);
  });

  it('a sweep file torn inside its column line says it has no finished runs, not that a --by column is missing', async () => {
    const lines = readFileSync(GRID, 'utf8').split('\n');
    writeFileSync(at('torn-columns.csv'), `${lines[0]}\n${lines[1]!.slice(0, 100)}`);
    const line = await expectRefusal(['summarise', at('torn-columns.csv'), '--by', 'governance.devolution.share'], 2);
    expect(line).toMatch(/torn-columns\.csv: the sweep file has no finished runs yet \(its last line is incomplete\)/);
  });

  it('an unknown command is one line naming the closest command', async () => {
    expect(await expectRefusal(['rum'], 2)).toBe('icsim: unknown command "rum"; did you mean "run"? (icsim --help lists the commands)');
    expect(await expectRefusal(['summarize'], 2)).toMatch(/did you mean "summarise"/);
    expect(await expectRefusal(['frobnicate'], 2)).toBe('icsim: unknown command "frobnicate" (icsim --help lists the commands)');
    expect(await expectRefusal([], 2)).toBe('icsim: no command given (the commands are listed above)');
  });

  it('a UTF-16 file is named as such, with no raw snippet', async () => {
    expect(await expectRefusal(['run', at('utf16.json')], 2)).toMatch(/utf16\.json: the file is UTF-16 \(little-endian\), not UTF-8 text; save it as UTF-8$/);
    expect(await expectRefusal(fill(['chart', at('utf16.json'), '--type', 'influence', '--out', 'OUT.svg']), 2)).toMatch(/utf16\.json: the file is UTF-16 text, not UTF-8/);
  });

  it('a file nested 200,000 deep is reported as nested, against the file', async () => {
    const line = await expectRefusal(fill(['sweep', at('deep.json'), '--years', '1', '--out', 'OUT.ndjson']), 2);
    expect(line).toMatch(/deep\.json: \[0\]\[0\].*\.\.\.: nested more than 64 levels deep/);
    expect(await expectRefusal(['run', '--set', `governance=${'['.repeat(100)}${']'.repeat(100)}`], 2)).toMatch(/--set governance: the value is nested more than 64 levels deep/);
  });

  it('several problems: their count and the first; --verbose lists them all', async () => {
    expect(await expectRefusal(['run', at('foreign.json')], 2)).toMatch(/^icsim run: 2 problems; the first: .*foreign\.json: hello: unknown field "hello".*\(add --verbose to list them all\)$/);
    const all = await runCliInProcess(['run', at('foreign.json'), '--verbose']);
    expect(all.code).toBe(2);
    expect(all.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^icsim run: .*hello: unknown field/), expect.stringMatching(/^icsim run: .*systems: give exactly one of/)]);
    expect(await expectRefusal(['validate', at('foreign.json')], 2)).toMatch(/^2 problems; the first/);
  });
});
