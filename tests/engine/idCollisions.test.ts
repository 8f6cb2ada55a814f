/**
 * Ids unique after composition (issue 25): the world names everything
 * SYSTEM:LOCAL, so a place called "icb", a practice named like a generated
 * one, or ids holding the separator ":" would give two organisations one id
 * (and an event aimed at it would hit both). Validation refuses them, naming
 * both paths.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issues } from '../helpers/scenarioIssues.ts';

const base = () => JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8'));

describe('full ids after composition', () => {
  it('the default model has none that collide', () => {
    expect(issues(base())).toEqual([]);
  });

  it('a place with id "icb" collides with the ICB, naming both', () => {
    const m = base();
    const old = m.systems[0].places[0].id;
    m.systems[0].places[0].id = 'icb';
    // The place's references (none point at places) are unchanged; only the clash is reported.
    expect(issues(m)).toEqual([`test.json: systems[0].places[0].id: place "icb" has the full id "ics:icb", which systems[0] (the ICB of system "ics") already has; every organisation, place and PCN needs its own`]);
    expect(old).toBe('north');
  });

  it('"ics" + "north:q" and "ics:north" + "q" cannot both be "ics:north:q": ids may not hold the separator', () => {
    const m = base();
    const second = structuredClone(m.systems[0]);
    m.systems[0].councils.push({ id: 'north:q' });
    second.id = 'ics:north';
    second.councils.push({ id: 'q' });
    m.systems.push(second);
    const got = issues(m);
    expect(got).toContain('test.json: systems[0].councils[2].id: letters, digits and _ . - only (":" is kept for joining a system\u2019s id to the ids inside it)');
    expect(got).toContain('test.json: systems[1].id: letters, digits and _ . - only (":" is kept for joining a system\u2019s id to the ids inside it)');
  });

  it('two organisations of one system with one id: a trust and a council', () => {
    const m = base();
    m.systems[0].councils[1].id = 'mh-trust';
    m.systems[0].places.forEach((p: { council: string }) => (p.council = p.council === 'city' ? 'mh-trust' : p.council));
    expect(issues(m)).toContain('test.json: systems[0].councils[1].id: council "mh-trust" has the full id "ics:mh-trust", which systems[0].trusts[3].id (trust "mh-trust") already has; every organisation, place and PCN needs its own');
  });

  it('a listed practice named like one generated for another PCN', () => {
    const m = base();
    m.systems[0].practices = [{ id: 'north-pcn1-gp2', pcn: 'south-pcn1', list: 5000 }];
    expect(issues(m)).toContain(
      'test.json: systems[0].pcns[0].practiceCount: practice "north-pcn1-gp2" generated for PCN "north-pcn1" has the full id "ics:north-pcn1-gp2", which systems[0].practices[0].id (practice "north-pcn1-gp2") already has; every organisation, place and PCN needs its own',
    );
  });

  it('two systems with one id', () => {
    const m = base();
    m.systems.push(structuredClone(m.systems[0]));
    expect(issues(m)).toEqual(['test.json: systems[1].id: duplicate system id "ics"']);
  });
});
