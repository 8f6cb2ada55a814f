import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, GRID, icsim, OPTIONS, RUN, scratch } from './helpers.ts';

/** Runs a chart that must fail: non-zero exit, a message matching `message`, and nothing written. */
async function refuses(args: string[], message: RegExp) {
  const dir = scratch();
  const r = await icsim('chart', ...args.map((a) => a.replace('OUT', join(dir, 'fig'))));
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(files(dir)).toEqual([]);
  return r.stderr;
}

describe('icsim chart: bad input is refused clearly, with no output', () => {
  it('a chart type that needs a sweep, given a run result', async () => {
    await refuses([RUN, '--type', 'options', '--out', 'OUT.svg'], /run\.json: --type options needs sweep results .*single run result/);
    await refuses([RUN, '--type', 'heatmap', '--out', 'OUT.png'], /needs sweep results/);
  });

  it('a sweep option given with a run result', async () => {
    await refuses([RUN, '--type', 'influence', '--by', 'years', '--out', 'OUT.svg'], /--by needs sweep results/);
  });

  it('a metric not in the data, listing what is there', async () => {
    await refuses([GRID, '--type', 'response', '--metric', 'gpInfluense', '--out', 'OUT.svg'], /grid\.csv: --metric gpInfluense: no such metric in this sweep \(did you mean .*gpInfluence/);
    await refuses([OPTIONS, '--type', 'options', '--metric', 'nothing.here', '--out', 'OUT.svg'], /options\.ndjson: --metric nothing\.here: no such metric in this sweep \(metrics include .*gpInfluence/);
  });

  it('a parameter the sweep does not vary, listing those it does', async () => {
    await refuses([GRID, '--type', 'response', '--x', 'allocation.growthRate', '--out', 'OUT.svg'], /--x allocation\.growthRate: not a parameter this sweep varies \(varied: governance\.devolution\.share, governance\.gp\.mode\)/);
    await refuses([OPTIONS, '--type', 'response', '--out', 'OUT.svg'], /a response curve needs a sweep that varies a parameter/);
    await refuses([OPTIONS, '--type', 'heatmap', '--out', 'OUT.svg'], /a heatmap needs a sweep that varies two parameters/);
  });

  it('a baseline or variant the sweep does not have, listing its variants', async () => {
    await refuses([OPTIONS, '--type', 'options', '--baseline', 'nope', '--out', 'OUT.svg'], /--baseline nope: not a variant of this sweep \(variants: status-quo-plus, practices-employ, community-ft\)/);
    await refuses([GRID, '--type', 'options', '--out', 'OUT.svg'], /needs a sweep of two or more variants/);
    await refuses([OPTIONS, '--type', 'influence', '--variant', 'nope', '--out', 'OUT.svg'], /--variant nope: not in this sweep/);
  });

  it('an empty file, a missing file, a file of another kind', async () => {
    const dir = scratch();
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '');
    await refuses([empty, '--type', 'influence', '--out', 'OUT.svg'], /empty\.ndjson: the file is empty/);
    const headerOnly = join(dir, 'header.ndjson');
    writeFileSync(headerOnly, '{"icsimSweep":1,"id":"x","icsim":"0.1.0","model":"m","variants":["base"],"vary":[],"design":"grid","samples":null,"reps":1,"seed":1,"paths":[],"points":1,"runs":1,"shard":null}\n');
    await refuses([headerOnly, '--type', 'influence', '--out', 'OUT.svg'], /header\.ndjson: the sweep file has no finished runs yet/);
    const notRun = join(dir, 'other.json');
    writeFileSync(notRun, '{"hello": 1}');
    await refuses([notRun, '--type', 'influence', '--out', 'OUT.svg'], /other\.json: not an icsim run result/);
    const notSweep = join(dir, 'other.csv');
    writeFileSync(notSweep, 'a,b\n1,2\n');
    await refuses([notSweep, '--type', 'influence', '--out', 'OUT.svg'], /other\.csv:1: not an icsim sweep file/);
    await refuses([join(dir, 'missing.ndjson'), '--type', 'influence', '--out', 'OUT.svg'], /missing\.ndjson: cannot read the file: no such file/);
  });

  it('bad options: unknown type, output format, size', async () => {
    await refuses([RUN, '--type', 'pie', '--out', 'OUT.svg'], /--type pie: not a chart type \(types: influence, outcomes, devolution, options, response, heatmap, morris, sobol, tradeoff, box, regret\)/);
    await refuses([RUN, '--type', 'influence', '--out', 'OUT.pdf'], /must end in \.svg or \.png/);
    await refuses([RUN, '--type', 'influence', '--out', 'OUT.svg', '--width-mm', '5'], /--width-mm 5: expected a width from 40 to 1000 mm/);
    await refuses([RUN, '--type', 'influence'], /--out FILE\.svg or FILE\.png is required/);
  });
});
