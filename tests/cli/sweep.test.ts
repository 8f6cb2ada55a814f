/**
 * `icsim sweep`, `merge` and `summarise` end to end: small runs (1-2 years,
 * a few replications) so the file takes seconds.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../sweep/helpers.ts';

const DEFAULT = join(ROOT, 'models', 'default.json');
const rowsOf = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as Record<string, unknown>);
const sortedLines = (file: string, skip = 1) => readFileSync(file, 'utf8').trim().split('\n').slice(skip).sort();

let dir: string;
let model: string;
beforeAll(() => {
  dir = tempDir();
  model = join(dir, 'model.json');
  const raw = JSON.parse(readFileSync(DEFAULT, 'utf8')) as Record<string, unknown>;
  raw.variants = {
    unchanged: {},
    sameValue: { 'acute.lengthOfStayDays': 5.5 },
    slowCouncil: { 'council.acceptanceDays': 30, 'council.capacityHeadroom': 1 },
  };
  writeFileSync(model, JSON.stringify(raw));
});

const base = ['--years', '1', '--reps', '3', '--vary', 'acute.lengthOfStayDays=5,6', '--vary', 'allocation.growthRate=0.01:0.03:0.02'];

describe('icsim sweep', () => {
  it('writes a header and one row per run; the same sweep twice is byte-identical, whatever the workers', async () => {
    const a = join(dir, 'same-a.ndjson');
    const b = join(dir, 'same-b.ndjson');
    const c = join(dir, 'same-c.ndjson');
    const r = await cli(['sweep', DEFAULT, ...base, '--workers', '2', '--out', a]);
    expect(r.stderr).toMatch(/4 points × 1 variant × 3 reps = 12 runs/);
    expect(r.code).toBe(0);
    expect((await cli(['sweep', DEFAULT, ...base, '--workers', '1', '--out', b])).code).toBe(0);
    expect((await cli(['sweep', DEFAULT, ...base, '--workers', '0', '--out', c])).code).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(text);
    expect(readFileSync(c, 'utf8')).toBe(text);
    const [head, ...lines] = text.trim().split('\n');
    const header = JSON.parse(head!);
    expect(header).toMatchObject({ icsimSweep: 1, runs: 12, points: 4, reps: 3, design: 'grid', paths: ['acute.lengthOfStayDays', 'allocation.growthRate'] });
    expect(lines).toHaveLength(12);
    const rows = lines.map((l) => JSON.parse(l));
    expect(rows.map((x) => x.run)).toEqual([...Array(12).keys()]);
    expect(rows[5]).toMatchObject({ run: 5, point: 1, variant: 'base', rep: 1, seed: '1:1', 'acute.lengthOfStayDays': 5, 'allocation.growthRate': 0.03 });
    expect(typeof rows[0]['outcomes.byKind.acute.deficit']).toBe('number');
    expect(typeof rows[0].systemBalance).toBe('number');
    expect(Object.keys(rows[0]).some((k) => k.includes('byYear'))).toBe(false);
  });

  it('common random numbers: replication r has the same seed everywhere, and a variant that changes nothing gives identical metrics', async () => {
    const out = join(dir, 'crn.ndjson');
    const r = await cli(['sweep', model, '--years', '2', '--reps', '4', '--variant', 'base', '--variant', 'unchanged', '--variant', 'sameValue', '--variant', 'slowCouncil', '--vary', 'allocation.growthRate=0.01,0.03', '--workers', '1', '--out', out]);
    expect(r.code).toBe(0);
    const rows = rowsOf(out);
    expect(rows).toHaveLength(2 * 4 * 4);
    const metrics = (x: Record<string, unknown>) => Object.fromEntries(Object.entries(x).filter(([k]) => !['run', 'variant'].includes(k)));
    for (const row of rows) {
      expect(row.seed).toBe(`1:${row.rep}`);
      const baseRow = rows.find((x) => x.variant === 'base' && x.point === row.point && x.rep === row.rep)!;
      if (row.variant === 'unchanged' || row.variant === 'sameValue') expect(metrics(row)).toEqual(metrics(baseRow));
    }
    const slow = rows.filter((x) => x.variant === 'slowCouncil');
    const differs = slow.filter((x) => x.delayedDischarges !== rows.find((b) => b.variant === 'base' && b.point === x.point && b.rep === x.rep)!.delayedDischarges);
    expect(differs.length).toBe(slow.length);
    // Different replications see different random numbers.
    expect(new Set(rows.filter((x) => x.variant === 'base' && x.point === 0).map((x) => x.systemBalance)).size).toBe(4);
  });

  it('4 shards merged equal the single-process sweep', async () => {
    const single = join(dir, 'single.ndjson');
    expect((await cli(['sweep', DEFAULT, ...base, '--workers', '0', '--out', single])).code).toBe(0);
    const shards: string[] = [];
    for (let i = 0; i < 4; i++) {
      const f = join(dir, `shard-${i}.ndjson`);
      shards.push(f);
      const r = await cli(['sweep', DEFAULT, ...base, '--workers', i === 0 ? '2' : '0', '--shard', `${i}/4`, '--out', f]);
      expect(r.code).toBe(0);
      expect(JSON.parse(readFileSync(f, 'utf8').split('\n')[0]!).shard).toEqual({ index: i, count: 4 });
      expect(rowsOf(f).every((x) => (x.run as number) % 4 === i)).toBe(true);
    }
    const merged = join(dir, 'merged.ndjson');
    const m = await cli(['merge', ...shards, '--out', merged]);
    expect(m.stdout).toMatch(/12 runs of sweep [0-9a-f]{16} from 4 files/);
    expect(sortedLines(merged)).toEqual(sortedLines(single));
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(single, 'utf8'));

    // merge refuses a run missing, a run twice, or another sweep; and writes nothing.
    const bad = join(dir, 'bad.ndjson');
    const missing = await cli(['merge', ...shards.slice(0, 3), '--out', bad]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/3 of 12 runs are missing \(shards 3 of 4\)/);
    const twice = await cli(['merge', ...shards, shards[1]!, '--out', bad]);
    expect(twice.stderr).toMatch(/run 1 is in .*shard-1\.ndjson twice/);
    const other = join(dir, 'other.ndjson');
    await cli(['sweep', DEFAULT, ...base, '--workers', '0', '--seed', '2', '--shard', '3/4', '--out', other]);
    const mixed = await cli(['merge', ...shards.slice(0, 3), other, '--out', bad]);
    expect(mixed.stderr).toMatch(/is from a different sweep/);
    expect(existsSync(bad)).toBe(false);
  });

  it('writes CSV, resumes and merges it, and summarises it', async () => {
    const csv = join(dir, 'a.csv');
    const r = await cli(['sweep', model, '--years', '1', '--reps', '3', '--variant', 'base', '--variant', 'slowCouncil', '--workers', '0', '--out', csv]);
    expect(r.code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^# icsim-sweep \{/);
    expect(lines[1]).toMatch(/^run,point,variant,rep,seed,outcomes\.surplus,/);
    expect(lines).toHaveLength(2 + 6);
    const again = await cli(['sweep', model, '--years', '1', '--reps', '3', '--variant', 'base', '--variant', 'slowCouncil', '--resume', '--out', csv]);
    expect(again.stdout).toMatch(/all 6 runs are done/);
    const s = await cli(['summarise', csv, '--metric', 'delayedDischarges', '--baseline', 'base', '--csv', join(dir, 's.csv')]);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/variant\s+metric\s+n\s+mean\s+sd\s+95% CI\s+diff vs base\s+95% CI\s+pairs/);
    expect(s.stdout).toMatch(/slowCouncil\s+delayedDischarges\s+3 /);
    const table = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    expect(table[0]).toBe('variant,metric,n,mean,sd,ci95_low,ci95_high,baseline,diff_n,diff_mean,diff_sd,diff_ci95_low,diff_ci95_high');
    expect(table[2]).toMatch(/^slowCouncil,delayedDischarges,3,.*,base,3,[\d.]+,/);
  });

  it('lhs design over ranges with --samples', async () => {
    const out = join(dir, 'lhs.ndjson');
    const r = await cli(['sweep', DEFAULT, '--years', '1', '--reps', '1', '--design', 'lhs', '--samples', '5', '--vary', 'acute.lengthOfStayDays=4:7', '--vary', 'demand.noise=0:0.1', '--workers', '0', '--out', out]);
    expect(r.code).toBe(0);
    const rows = rowsOf(out);
    const strata = rows.map((x) => Math.floor(((x['acute.lengthOfStayDays'] as number) - 4) / 0.6)).sort();
    expect(strata).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('icsim sweep: bad input is refused before anything runs or is written', () => {
  it.each([
    [['--vary', 'acute.losDays=1,2'], /--vary acute\.losDays=1: acute\.losDays: unknown field "losDays" \(allowed here: .*lengthOfStayDays/],
    [['--vary', 'acute.lengthOfStayDays=0.1,5'], /--vary acute\.lengthOfStayDays=0\.1: acute\.lengthOfStayDays: Too small/],
    [['--vary', 'acute.lengthOfStayDays=4:200:50'], /--vary acute\.lengthOfStayDays=104: acute\.lengthOfStayDays: Too big/],
    [['--vary', 'acute.lengthOfStayDays=6:4:1'], /malformed range: the low end \(6\) must be less than the high end \(4\)/],
    [['--vary', 'acute.lengthOfStayDays=4:x:1'], /malformed range/],
    [['--vary', 'acute.lengthOfStayDays=4:6'], /a grid needs a step/],
    [['--vary', 'systems[3].id=x'], /index 3 is out of range/],
    [['--variant', 'nope'], /unknown variant "nope" \(variants in the file: base\)/],
    [['--design', 'lhs', '--vary', 'demand.noise=0:0.1'], /--design lhs needs --samples N/],
    [['--design', 'sobol'], /--design sobol: expected grid, lhs or random/],
    [['--reps', '0'], /--reps 0: expected a whole number from 1/],
    [['--shard', '4/4'], /the shard index counts from 0/],
  ])('%j', async (args, message) => {
    const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.ndjson`);
    const r = await cli(['sweep', DEFAULT, '--years', '1', '--reps', '1', ...(args as string[]), '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message as RegExp);
    expect(existsSync(out)).toBe(false);
  });

  it('an output file of another sweep, or an existing one without --resume', async () => {
    const out = join(dir, 'exists.ndjson');
    expect((await cli(['sweep', DEFAULT, '--years', '1', '--reps', '2', '--workers', '0', '--out', out])).code).toBe(0);
    const before = statSync(out).mtimeMs;
    const text = readFileSync(out, 'utf8');
    const exists = await cli(['sweep', DEFAULT, '--years', '1', '--reps', '2', '--out', out]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/exists; add --resume/);
    const other = await cli(['sweep', DEFAULT, '--years', '1', '--reps', '3', '--resume', '--out', out]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/belongs to a different sweep/);
    expect(readFileSync(out, 'utf8')).toBe(text);
    expect(statSync(out).mtimeMs).toBe(before);
    const ext = await cli(['sweep', DEFAULT, '--out', join(dir, 'x.txt')]);
    expect(ext.stderr).toMatch(/must end in \.ndjson \(or \.jsonl\) or \.csv/);
  });
});
