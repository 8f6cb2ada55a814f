/**
 * A hospital closure sends its activity by a stated rule (issue 25), not to
 * the first acute trust listed: the largest other open acute provider of the
 * system by the population of the places it serves, ties broken by id.
 */
import { describe, expect, it } from 'vitest';
import { createRunState } from '../../src/engine/createRunState.ts';
import { receivingTrust } from '../../src/engine/mechanisms/applyEventEffects.ts';
import { parseScenario, setPath } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';

type Raw = Record<string, unknown> & { systems: Array<{ trusts: unknown[]; places: Array<{ id: string; population: number }> }> };

function receiver(raw: Raw, closed: string): string | undefined {
  const st = createRunState(parseScenario(raw, 'cumbria'), { seed: 1 });
  const o = st.world.orgs.findIndex((x) => x.id === closed);
  const r = receivingTrust(st, o);
  return r ? st.world.orgs[r.index]!.id : undefined;
}

describe('hospital closure: the receiving trust', () => {
  const cumbria = rawModel('cumbria') as Raw;

  it('is the largest other acute trust by population served, whatever the order of the trust list', () => {
    // acute-north serves blue (118,000), acute-west grey (90,000); acute-west comes first when the list is reversed.
    expect(receiver(cumbria, 'cumbria:acute-south')).toBe('cumbria:acute-north');
    const reversed = structuredClone(cumbria);
    reversed.systems[0]!.trusts.reverse();
    expect(receiver(reversed, 'cumbria:acute-south')).toBe('cumbria:acute-north');
    const places = structuredClone(cumbria);
    places.systems[0]!.places.reverse();
    expect(receiver(places, 'cumbria:acute-south')).toBe('cumbria:acute-north');
  });

  it('goes to the larger population: grey made the largest place sends it to acute-west', () => {
    const grey = setPath(cumbria, 'systems[0].places[1].population', 200_000) as Raw;
    expect(grey.systems[0]!.places[1]!.id).toBe('grey');
    expect(receiver(grey, 'cumbria:acute-south')).toBe('cumbria:acute-west');
  });

  it('breaks a tie by id', () => {
    const tie = setPath(cumbria, 'systems[0].places[1].population', 118_000) as Raw;
    expect(receiver(tie, 'cumbria:acute-south')).toBe('cumbria:acute-north');
    const renamed = structuredClone(tie);
    // Rename acute-west to a-west (and the place that names it): now it sorts first.
    const t = renamed.systems[0]!.trusts as Array<{ id: string }>;
    t.find((x) => x.id === 'acute-west')!.id = 'a-west';
    (renamed.systems[0]!.places as unknown as Array<{ acute: string }>).forEach((p) => (p.acute = p.acute === 'acute-west' ? 'a-west' : p.acute));
    expect(receiver(renamed, 'cumbria:acute-south')).toBe('cumbria:a-west');
  });
});
