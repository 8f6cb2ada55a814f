import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySets, decodeScenario, diffToSets, encodeScenario, fromBase64Url, toBase64Url, variantOf, withVariant } from '../../src/ui/urlState.ts';

const base = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('scenario links', () => {
  it('expresses edits as set paths and reads them back to the same scenario', () => {
    const edited = applySets(base, [
      ['seed', 42],
      ['council.acceptanceDays', 30],
      ['systems[0].places[1].population', 99000],
    ]);
    const sets = diffToSets(base, edited)!;
    expect(sets).toEqual([
      ['seed', 42],
      ['systems[0].places[1].population', 99000],
      ['council', { acceptanceDays: 30 }],
    ]);
    const q = encodeScenario('default', base, edited);
    expect(q.startsWith('?model=default&set=seed%3D42')).toBe(true);
    const req = decodeScenario(q);
    expect(req.kind).toBe('model');
    if (req.kind !== 'model') return;
    expect(JSON.stringify(applySets(base, req.sets))).toBe(JSON.stringify(edited));
  });

  it('always writes the seed, even when unchanged', () => {
    expect(encodeScenario('default', base, base)).toBe('?model=default&set=seed%3D1');
  });

  it('falls back to the whole scenario when a field was removed', () => {
    const { sources: _s, ...edited } = base;
    void _s;
    expect(diffToSets(base, edited)).toBeNull();
    const q = encodeScenario('default', base, edited);
    expect(q.startsWith('?scenario=')).toBe(true);
    const req = decodeScenario(q);
    expect(req.kind === 'scenario' && JSON.parse(req.text)).toEqual(edited);
  });

  it('round-trips UTF-8 text through base64url', () => {
    const t = 'Hospital closure in Cumbria \u00a7 2 \u2014 \u00a3800m \ud83c\udfe5';
    expect(fromBase64Url(toBase64Url(t))).toBe(t);
    expect(toBase64Url(t)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reports malformed links without evaluating anything', () => {
    expect(decodeScenario('?scenario=%%%').kind).toBe('error');
    expect(decodeScenario('?model=default&set=noequals').kind).toBe('error');
    expect(decodeScenario('?model=default&set=a..b%3D1').kind).toBe('error');
    expect(decodeScenario('').kind).toBe('none');
    const req = decodeScenario('?model=default&set=name%3Dalert(1)');
    expect(req).toEqual({ kind: 'model', model: 'default', sets: [['name', 'alert(1)']] });
    expect(() => applySets(base, [['__proto__.polluted', 1]])).toThrow(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the variant in a link', () => {
  it('is added only when one is chosen, and read back', () => {
    expect(withVariant('?model=default&set=seed%3D1', '')).toBe('?model=default&set=seed%3D1');
    const q = withVariant('?model=three-point-plan&set=seed%3D1', 'devolved unified');
    expect(q).toBe('?model=three-point-plan&set=seed%3D1&variant=devolved%20unified');
    expect(variantOf(q)).toBe('devolved unified');
    expect(variantOf('?model=default')).toBe('');
  });
});
