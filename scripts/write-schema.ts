/** Writes models/scenario.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/engine/index.ts';

const out = new URL('../models/scenario.schema.json', import.meta.url);
writeFileSync(out, scenarioJsonSchemaText());
console.log(`wrote ${out.pathname}`);
