/** Test helpers: load models from the repository's models/ folder. */
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';

/** Raw JSON of models/NAME.json. */
export function rawModel(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../models/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Validated models/NAME.json, with optional top-level overrides. */
export function model(name: string, overrides: Record<string, unknown> = {}): Scenario {
  return parseScenario({ ...rawModel(name), ...overrides }, `models/${name}.json`);
}
