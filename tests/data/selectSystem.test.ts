import { describe, expect, it } from 'vitest';
import { findSystem, selectSystem, SystemNotFoundError } from '../../src/data/selectSystem.ts';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';

const place = (id: string) => ({ id: `p-${id}`, population: 1000, pcns: [`c-${id}`], council: 'la', acute: 'a', community: 'm', mentalHealth: 'm' });
const system = (id: string, name: string) => ({
  id,
  name,
  places: [place(id)],
  pcns: [{ id: `c-${id}`, practiceCount: 1 }],
  trusts: [
    { id: 'a', kind: 'acute' },
    { id: 'm', kind: 'mentalHealth' },
  ],
  councils: [{ id: 'la' }],
});
const scenario: Scenario = parseScenario({
  systems: [system('QE1', 'Lancashire and South Cumbria'), system('QOP', 'Greater Manchester'), system('QMJ', 'North Central London'), system('QMF', 'North East London')],
});
const specs = scenario.systems!;

describe('findSystem', () => {
  it('finds a system by code or name, ignoring case, "NHS" and "ICB"', () => {
    for (const q of ['QE1', 'qe1', 'Lancashire and South Cumbria', 'lancashire  and south cumbria', 'NHS Lancashire and South Cumbria ICB']) expect(findSystem(specs, q).id).toBe('QE1');
  });

  it('takes the one system whose name holds every word given', () => {
    expect(findSystem(specs, 'manchester').id).toBe('QOP');
    expect(findSystem(specs, 'central london').id).toBe('QMJ');
  });

  it('lists the systems that all fit when a name fits more than one', () => {
    expect(() => findSystem(specs, 'London')).toThrow('no system "London"; the closest: North East London (QMF); North Central London (QMJ)');
  });

  it('lists the closest systems when none fits, a misspelling first', () => {
    try {
      findSystem(specs, 'Greater Manchster');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SystemNotFoundError);
      expect((e as SystemNotFoundError).closest[0]).toBe('Greater Manchester (QOP)');
    }
  });
});

describe('selectSystem', () => {
  it('keeps only the named system and every other field', () => {
    const one = selectSystem(scenario, 'QOP');
    expect(one.systems!.map((s) => s.id)).toEqual(['QOP']);
    expect(one.allocation).toEqual(scenario.allocation);
  });

  it('expands a generated scenario with the seed, then chooses from it', () => {
    const g = parseScenario({ generate: { systems: 3, population: 900_000, places: 6, pcns: 20, practices: 60, councils: 3, trusts: { acute: 3, integrated: 0, mentalHealth: 3, community: 0 } } });
    const one = selectSystem(g, 'ICS 2', 5);
    expect(one.generate).toBeUndefined();
    expect(one.systems!.map((s) => s.name)).toEqual(['ICS 2']);
  });
});
