import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { KEY_PARAMETERS, scenarioSchema } from '../../src/engine/index.ts';
import { controlSpec, hintOf, labelOf, parseControlValue, plainDescription, schemaAt, type SchemaNode } from '../../src/ui/controlSpecs.ts';

const root = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

describe('controls from the schema', () => {
  it('finds every key parameter in the schema', () => {
    for (const p of KEY_PARAMETERS) expect(controlSpec(root, p).known, p).toBe(true);
  });

  it('reads type, range, default and description', () => {
    const years = controlSpec(root, 'years');
    expect(years).toMatchObject({ kind: 'integer', min: 1, max: 50, default: 5, label: 'Years to simulate' });
    expect(hintOf(years)).toContain('from 1 to 50');
    expect(controlSpec(root, 'seed').kind).toBe('integerOrText');
    const growth = controlSpec(root, 'allocation.growthRate');
    expect(growth).toMatchObject({ kind: 'yearly', min: -0.2, max: 0.3, label: 'Real growth of the budget per year' });
    expect(growth.description.length).toBeGreaterThan(5);
    expect(controlSpec(root, 'allocation.rule').kind).toBe('choice');
  });

  it('follows arrays and anyOf, and marks unknown paths', () => {
    expect(schemaAt(root, 'systems[0].places[0].population')).toMatchObject({ type: 'integer' });
    expect(controlSpec(root, 'no.such.field')).toMatchObject({ known: false, kind: 'json' });
  });

  it('parses control text into values (out of range kept for the schema to report)', () => {
    const years = controlSpec(root, 'years');
    expect(parseControlValue(years, '7')).toBe(7);
    expect(parseControlValue(years, '99')).toBe(99);
    expect(parseControlValue(years, '')).toBeUndefined();
    const seed = controlSpec(root, 'seed');
    expect(parseControlValue(seed, '12')).toBe(12);
    expect(parseControlValue(seed, 'north-2024')).toBe('north-2024');
    expect(labelOf('systems[0].places[1].need')).toBe('Systems 0 places 1: need');
    expect(plainDescription('Default seed (overridden by --seed)')).toBe('Default seed');
    expect(plainDescription('Level at which it forms (seed 002: local works better)')).toBe('Level at which it forms');
  });
});
