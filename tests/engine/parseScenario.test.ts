import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText, setPath } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';
import { issues } from '../helpers/scenarioIssues.ts';


const base = rawModel('default');

describe('parseScenario', () => {
  it('accepts the shipped models and fills defaults', () => {
    const s = parseScenario(base, 'default.json');
    expect(s.allocation.perHead).toBe(1730);
    expect(s.finance.toleranceBand).toBe(0.005);
    expect(s.systems?.[0]?.places).toHaveLength(4);
    expect(parseScenario(rawModel('england')).generate?.practices).toBe(6200);
  });

  it('rejects malformed JSON with the source named', () => {
    expect(() => parseScenarioText('{"name": ', 'bad.json')).toThrow(/^bad.json: \(root\): not valid JSON/);
  });

  it('rejects an unknown field, naming it and what is allowed', () => {
    const m = issues({ ...base, colour: 'blue' });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^test.json: colour: unknown field "colour" \(allowed here: \$schema, name, description/);
    const nested = issues(setPath(base, 'acute.lengthOfStay', 5));
    expect(nested[0]).toMatch(/acute.lengthOfStay: unknown field "lengthOfStay" \(allowed here: admissionsPerThousand, lengthOfStayDays/);
  });

  it('rejects a wrong type', () => {
    expect(issues(setPath(base, 'years', 'five'))[0]).toMatch(/^test.json: years: Invalid input: expected number, received string/);
  });

  it('rejects values out of range', () => {
    expect(issues(setPath(base, 'systems[0].places[0].population', -5))[0]).toMatch(/systems\[0\].places\[0\].population: Too small: expected number to be >=1/);
    expect(issues(setPath(base, 'years', 51))[0]).toMatch(/years: Too big: expected number to be <=50/);
    expect(issues(setPath(base, 'allocation.growthRate', 0.5))[0]).toMatch(/allocation.growthRate: Too big/);
  });

  it('rejects shares that do not sum to 1', () => {
    expect(issues(setPath(base, 'allocation.shares.acute', 0.6))[0]).toMatch(/allocation.shares: shares must sum to 1 \(they sum to 1.08\)/);
  });

  it('rejects a place that names a PCN that does not exist', () => {
    const m = issues(setPath(base, 'systems[0].places[1].pcns[0]', 'nowhere-pcn'));
    expect(m.some((x) => /systems\[0\].places\[1\].pcns\[0\]: PCN "nowhere-pcn" does not exist in system "ics" \(known PCNs: north-pcn1/.test(x))).toBe(true);
  });

  it('rejects references to missing councils and trusts of the wrong kind', () => {
    expect(issues(setPath(base, 'systems[0].places[0].council', 'atlantis'))[0]).toMatch(/places\[0\].council: council "atlantis" does not exist/);
    expect(issues(setPath(base, 'systems[0].places[0].mentalHealth', 'acute-general'))[0]).toMatch(
      /places\[0\].mentalHealth: trust "acute-general" is of kind "acute"; allowed kinds here: mentalHealth/,
    );
  });

  it('rejects duplicate ids, PCNs in two places and practices in missing PCNs', () => {
    expect(issues(setPath(base, 'systems[0].pcns[1].id', 'north-pcn1')).join('\n')).toMatch(/pcns\[1\].id: PCN "north-pcn1" has the full id "ics:north-pcn1", which systems\[0\].pcns\[0\].id \(PCN "north-pcn1"\) already has/);
    const twice = setPath(base, 'systems[0].places[1].pcns', ['south-pcn1', 'north-pcn1']);
    expect(issues(twice).join('\n')).toMatch(/places\[1\].pcns\[1\]: PCN "north-pcn1" already belongs to places\[0\]/);
    const pr = setPath(base, 'systems[0].practices', [{ id: 'gp1', pcn: 'ghost', list: 5000 }]);
    expect(issues(pr)[0]).toMatch(/practices\[0\].pcn: PCN "ghost" does not exist/);
  });

  it('needs exactly one of systems or generate', () => {
    expect(issues({ name: 'x' })[0]).toMatch(/systems: give exactly one of "systems" or "generate"/);
    expect(issues({ ...base, generate: {} })[0]).toMatch(/give exactly one/);
  });

  it('checks generation counts against each other', () => {
    expect(issues({ generate: { systems: 10, places: 5 } })[0]).toMatch(/generate.places: must be at least generate.systems \(10\)/);
  });

  it('rejects paths that cannot be followed in overrides', () => {
    expect(() => setPath(base, 'systems[9].name', 'x')).toThrow(/index 9 is out of range/);
    expect(() => setPath(base, 'years.value', 1)).toThrow(/is a value, not an object/);
    expect(() => setPath(base, 'a..b', 1)).toThrow(/malformed/);
    expect(() => setPath(base, '__proto__.x', 1)).toThrow(/not allowed/);
  });
});

describe('generation counts', () => {
  it('rejects more trusts of a kind than places, before running', () => {
    expect(() => parseScenario({ generate: { systems: 2, places: 10, councils: 5, pcns: 50, practices: 200, trusts: { acute: 5, integrated: 0, mentalHealth: 3, community: 12 } } }, 'g.json')).toThrow(
      /generate.trusts.community: must not exceed generate.places \(10\)/,
    );
  });
});
