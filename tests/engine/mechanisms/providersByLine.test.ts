/**
 * Places' providers by line follow the kind table (issue 23, item 7): every
 * organisation that a place's contracts pay for a line (contracts.ts, the
 * same providers lineNeed.ts and setCostProfiles read) is of a kind whose
 * `lines` in KIND_DESCRIPTORS include that line, every line but prescribing
 * has a provider in every place, and a scenario naming a provider of the
 * wrong kind for a line is refused with the kinds the table allows.
 */
import { describe, expect, it } from 'vitest';
import { createRunState } from '../../../src/engine/createRunState.ts';
import { buildContracts } from '../../../src/engine/contracts.ts';
import { parseScenario, setPath } from '../../../src/engine/index.ts';
import { LINE_COUNT, LINES } from '../../../src/engine/lines.ts';
import { KIND_DESCRIPTORS, PLACE_NAMED_LINES } from '../../../src/engine/orgKinds.ts';
import type { World } from '../../../src/engine/world.ts';
import { rawModel } from '../../helpers/models.ts';
import { smallRaw, smallScenario } from '../../helpers/smallState.ts';

/** Each place's providers of each line, as the contracts pay them (a budget of 1,000 pence on every line). */
function providersByLine(w: World): Array<Array<Set<number>>> {
  const budgets = w.places.map(() => new Float64Array(LINE_COUNT).fill(1000));
  const out = w.places.map(() => LINES.map(() => new Set<number>()));
  // One commissioner per place (its own org) so that each contract belongs to one place.
  const { contracts } = buildContracts(w, budgets, (p) => w.places[p]!.org, () => 0);
  const placeOf = new Map(w.places.map((p) => [p.org, p.index]));
  for (const c of contracts) {
    const place = placeOf.get(c.commissioner)!;
    for (let l = 0; l < LINE_COUNT; l++) if (c.byLine[l]! > 0) out[place]![l]!.add(c.provider);
  }
  return out;
}

function worlds(): Array<[string, World]> {
  // One integrated trust as both places' acute and community provider (the community trust removed).
  let integrated: unknown = setPath(smallRaw(), 'systems[0].trusts', [{ id: 'acute', kind: 'integrated' }, { id: 'mh', kind: 'mentalHealth' }]);
  for (const p of [0, 1]) integrated = setPath(integrated, `systems[0].places[${p}].community`, 'acute');
  const mhCommunity = setPath(smallRaw(), 'systems[0].places[1].community', 'mh');
  let generated: unknown = rawModel('england-2023-24-generated');
  for (const [k, v] of Object.entries({ 'generate.systems': 3, 'generate.regions': [] })) generated = setPath(generated, k, v);
  return [
    ['small', createRunState(smallScenario(), { seed: 1 }).world],
    ['integrated trust as acute and community provider', createRunState(parseScenario(integrated, 'integrated'), { seed: 1 }).world],
    ['mental health trust as one place’s community provider', createRunState(parseScenario(mhCommunity, 'mh'), { seed: 1 }).world],
    ['generated, 3 systems', createRunState(parseScenario(generated, 'generated'), { seed: 1 }).world],
    ['cumbria', createRunState(parseScenario(rawModel('cumbria'), 'cumbria'), { seed: 1 }).world],
  ];
}

describe('places’ providers by line', () => {
  const cases = worlds();

  it.each(cases)('are of kinds paid for the line (%s)', (_, w) => {
    const byLine = providersByLine(w);
    w.places.forEach((p, pi) => {
      LINES.forEach((line, l) => {
        const orgs = [...byLine[pi]![l]!];
        if (line === 'prescribing') return expect(orgs, `${p.id} ${line}`).toEqual([]);
        expect(orgs.length, `${p.id} ${line}`).toBeGreaterThan(0);
        for (const o of orgs) expect(KIND_DESCRIPTORS[w.orgs[o]!.kind].lines, `${p.id} ${line}: ${w.orgs[o]!.id}`).toContain(line);
      });
      // The lines a place names one provider for: exactly that provider.
      for (const line of PLACE_NAMED_LINES) expect([...byLine[pi]![LINES.indexOf(line)]!]).toEqual([p[line]]);
    });
  });

  it('covers integrated trusts and mental health trusts as community providers', () => {
    const kinds = (name: string, line: string) => {
      const w = cases.find(([n]) => n === name)![1];
      return [...new Set(providersByLine(w).flatMap((ls) => [...ls[LINES.indexOf(line as (typeof LINES)[number])]!].map((o) => w.orgs[o]!.kind)))];
    };
    expect(kinds('integrated trust as acute and community provider', 'community')).toEqual(['integrated']);
    expect(kinds('mental health trust as one place’s community provider', 'community').sort()).toEqual(['community', 'mentalHealth']);
  });

  it('refuses a place naming a provider of a kind not paid for the line, listing the kinds the table allows', () => {
    const bad = setPath(smallRaw(), 'systems[0].places[0].acute', 'community');
    const allowed = (['acute', 'community', 'mentalHealth', 'integrated'] as const).filter((k) => KIND_DESCRIPTORS[k].lines.includes('acute'));
    expect(() => parseScenario(bad, 'bad')).toThrow(`trust "community" is of kind "community"; allowed kinds here: ${allowed.join(', ')}`);
    expect(allowed).toEqual(['acute', 'integrated']);
  });
});
