/**
 * The JSON Schema of scenario files, generated from the zod schema. It is
 * committed as models/scenario.schema.json for editors; a test fails when
 * the committed copy is stale (regenerate with `npm run schema`).
 */
import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema.ts';

/** The JSON Schema (draft 2020-12) of a scenario file as written (defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'icsim scenario', description: 'A scenario for icsim, the integrated care system simulator. See README.md and docs/ODD.md.' };
}

/** The committed text of models/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
