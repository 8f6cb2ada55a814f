/**
 * `npm run fixtures:behaviour` records the summary of every model in
 * models/ (its base scenario, its own years) for seeds 1-5, as the metric
 * registry's stable metrics (src/engine/metrics.ts), into
 * tests/engine/fixtures/behaviour/, one file per model. The test
 * tests/engine/behaviour.test.ts compares runs against them, so a change
 * meant to keep behaviour (a restructuring, a speed-up) proves it did; a
 * change meant to alter the model re-records them in the same commit and
 * says why in its message.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { behaviourSummaries, BEHAVIOUR_SEEDS } from '../tests/helpers/behaviour.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const models = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
for (const file of models) {
  const name = file.replace(/\.json$/, '');
  const t = performance.now();
  const summaries = behaviourSummaries(JSON.parse(readFileSync(join(root, 'models', file), 'utf8')), name);
  const out = join(root, 'tests', 'engine', 'fixtures', 'behaviour', `${name}.json`);
  writeFileSync(out, JSON.stringify({ model: name, seeds: BEHAVIOUR_SEEDS, summaries }, null, 1) + '\n');
  process.stdout.write(`${name}: ${BEHAVIOUR_SEEDS.length} summaries in ${((performance.now() - t) / 1000).toFixed(1)} s -> ${out}\n`);
}
