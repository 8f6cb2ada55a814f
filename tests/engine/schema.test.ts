import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, VERSION } from '../../src/engine/index.ts';
import { scenarioJsonSchemaText } from '../../src/engine/jsonSchema.ts';

const dir = new URL('../../models/', import.meta.url);

describe('scenario schema', () => {
  it('committed models/scenario.schema.json is up to date (run `npm run schema`)', () => {
    expect(readFileSync(new URL('scenario.schema.json', dir), 'utf8')).toBe(scenarioJsonSchemaText());
  });
  it('every model validates', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(() => parseScenario(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), f)).not.toThrow();
  });
  it('engine VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
