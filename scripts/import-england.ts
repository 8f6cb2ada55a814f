/**
 * `npm run data:england [-- --model FILE] [--practices FILE] [--councils FILE] [--out FILE]`:
 * rebuilds the systems of a model (default models/england-2023-24.json) from
 * the published files in data/ (docs/DATA.md). Everything else in the model is kept.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importEngland } from '../src/data/importEngland.ts';
import { DataError } from '../src/data/DataError.ts';
import { ScenarioError } from '../src/engine/errors.ts';
import { writeAtomic } from '../src/cli/writeAtomic.ts';
import { EXIT } from '../src/cli/exitCodes.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'models/england-2023-24.json' },
    practices: { type: 'string', default: 'data/nhsx-aif/2023_2024.csv' },
    councils: { type: 'string', default: 'data/upper-tier-councils-2023.csv' },
    out: { type: 'string' },
  },
});

function read(file: string): { text: string; file: string } {
  try {
    return { text: readFileSync(file, 'utf8'), file };
  } catch (e) {
    console.error(`data:england: cannot read ${file}: ${(e as Error).message}`);
    process.exit(EXIT.io);
  }
}

try {
  const { text, report } = importEngland({ practices: read(values.practices), councils: read(values.councils), model: read(values.model) });
  const out = values.out ?? values.model;
  writeAtomic(out, text);
  const { dropped, ...rest } = report;
  console.log(`wrote ${out} (${(text.length / 1e6).toFixed(2)} MB)`);
  console.log(JSON.stringify({ ...rest, dropped: dropped.length, droppedPatients: Math.round(dropped.reduce((t, d) => t + d.list, 0)) }, null, 2));
} catch (e) {
  if (e instanceof DataError || e instanceof ScenarioError) {
    console.error(`data:england: ${e.message}`);
    process.exit(EXIT.badInput);
  }
  throw e;
}
