/**
 * Kinds of event are one table (src/engine/eventTypes.ts): the schema's names
 * and descriptions, the targets an event can hit and who pays its cost come
 * from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine/buildWorld.ts';
import { EVENT_DESCRIPTORS, EVENT_TYPES, eventLabel } from '../../src/engine/eventTypes.ts';
import { eventTargetIds } from '../../src/engine/events.ts';
import { scenarioJsonSchema } from '../../src/engine/jsonSchema.ts';
import { model } from '../helpers/models.ts';

describe('kinds of event', () => {
  it('keep their order (the schema, the fuzzer and seeded draws over kinds read it)', () => {
    expect(EVENT_TYPES).toEqual(['acuteOverspend', 'acuteOverperformance', 'hospitalClosure', 'socialCareGoSlow', 'pcnWorkloadRampUp', 'investment', 'reorganisation', 'allocationShock']);
  });

  it('each hits the targets its descriptor names, in the default model', () => {
    const w = buildWorld(model('default'), 1);
    const ids = Object.fromEntries(EVENT_TYPES.map((t) => [t, eventTargetIds(t, w)]));
    const kindOf = (id: string) => w.orgs.find((o) => o.id === id)?.kind;
    expect(ids.acuteOverspend!.map(kindOf)).toContain('acute');
    expect(ids.socialCareGoSlow!.map(kindOf)).toContain('council');
    expect(ids.reorganisation!.map(kindOf)).toContain('community');
    expect(ids.pcnWorkloadRampUp).toEqual(ids.investment);
    expect(ids.pcnWorkloadRampUp!.map(kindOf)).toContain('place');
    expect(ids.allocationShock).toEqual([...w.systems.map((s) => w.orgs[s.icb]!.id), ...w.systems.map((s) => s.id)]);
    for (const t of EVENT_TYPES) expect(ids[t]!.length, t).toBeGreaterThan(0);
  });

  it("describe every kind's magnitude and cost in the scenario schema", () => {
    const event = (scenarioJsonSchema() as { properties: { events: { items: { properties: Record<string, { description?: string }> } } } }).properties.events.items.properties;
    for (const t of EVENT_TYPES) expect(event.magnitude!.description).toContain(`${EVENT_DESCRIPTORS[t].magnitude} (${t})`);
    expect(event.cost!.description).toBe(
      'One-off cost in GBP: transition of a hospital closure, paid by the ICB; investment, paid over its months by the place (or its ICB) to the community provider; transition of a reorganisation, paid by the provider; other kinds have no cost',
    );
  });
});

describe('kinds of event in the docs and in validation', () => {
  it("docs/ODD.md §7.14's table of events lists every kind, in the table's order", () => {
    const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
    const section = odd.slice(odd.indexOf('### 7.14 '), odd.indexOf('### 7.14a'));
    const rows = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(EVENT_TYPES);
  });

  it("refuses a magnitude below the kind's smallest, naming the field and the reason", () => {
    const shock = { type: 'allocationShock', magnitude: -0.95, month: 12 };
    expect(() => model('default', { events: [shock] })).toThrow(/events\[0\]\.magnitude.*at least -0\.9 \(an envelope can fall by at most 90% in a year\); it is -0\.95/s);
    expect(() => model('default', { events: [{ ...shock, magnitude: -0.9 }] })).not.toThrow();
  });
});

describe('plain names of kinds of event', () => {
  it('every kind has its own, and an unknown kind keeps its name', () => {
    const labels = EVENT_TYPES.map(eventLabel);
    expect(new Set(labels).size).toBe(EVENT_TYPES.length);
    expect(eventLabel('hospitalClosure')).toBe('Hospital closure');
    expect(eventLabel('noSuchKind')).toBe('noSuchKind');
  });
});
