/**
 * The kind descriptor table (src/engine/orgKinds.ts) is complete and agrees
 * with the scenario schema, the board profiles and the contracts the engine
 * actually builds.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine/buildWorld.ts';
import { buildContracts } from '../../src/engine/contracts.ts';
import { KIND_DESCRIPTORS, KIND_LABELS, LINES, ORG_KINDS, PLACE_PROVIDER_KINDS, PROVIDER_KINDS, TRUST_KINDS, type OrgKind } from '../../src/engine/index.ts';
import { LINE_COUNT } from '../../src/engine/lines.ts';
import { scenarioSchema } from '../../src/engine/scenarioSchema.ts';
import { model } from '../helpers/models.ts';

const defaults = model('default');

describe('kind descriptors', () => {
  it('describe every kind and nothing else', () => {
    expect(Object.keys(KIND_DESCRIPTORS).sort()).toEqual([...ORG_KINDS].sort());
  });

  it('derive the trust and provider kinds the scenario tables are keyed by, in report order', () => {
    expect(TRUST_KINDS).toEqual(['acute', 'community', 'mentalHealth', 'integrated']);
    expect(PROVIDER_KINDS).toEqual(['acute', 'community', 'mentalHealth', 'integrated', 'practice', 'council']);
    expect(Object.keys(defaults.costs.payShare)).toEqual(PROVIDER_KINDS);
    expect(Object.keys(defaults.costs.estateShare)).toEqual(PROVIDER_KINDS);
    expect(Object.keys(defaults.finance.start)).toEqual(PROVIDER_KINDS);
    expect(Object.keys(defaults.income.activityShare)).toEqual(TRUST_KINDS);
    expect(Object.keys(defaults.income.otherIncome)).toEqual(TRUST_KINDS);
    // A system's trusts may be of any kind a place can name for its acute, community or mental health line, and no other.
    expect(PLACE_PROVIDER_KINDS).toEqual(TRUST_KINDS);
    const trustKind = (kind: string) =>
      scenarioSchema.safeParse({ systems: [{ id: 's', trusts: [{ id: 't', kind }], councils: [{ id: 'c' }], places: [], pcns: [], practices: [] }] }).error?.issues.some((i) => i.path.join('.') === 'systems.0.trusts.0.kind') ?? false;
    for (const k of ORG_KINDS) expect(trustKind(k), k).toBe(!PLACE_PROVIDER_KINDS.includes(k as (typeof PLACE_PROVIDER_KINDS)[number]));
  });

  it.each(ORG_KINDS)('%s: lines, profiles and bloc are ones the engine knows, and the flags agree with each other', (kind: OrgKind) => {
    const d = KIND_DESCRIPTORS[kind];
    for (const l of d.lines) expect(LINES).toContain(l);
    expect(new Set(d.lines).size).toBe(d.lines.length);
    // Commissioners hold the allocation and are paid for nothing; every provider is paid for something.
    expect(d.lines.length === 0).toBe(d.commissioner);
    expect(d.acuteProvider).toBe(d.lines.includes('acute'));
    if (d.trust) expect(d.commissioner).toBe(false);
    expect(d.priorities.length).toBeGreaterThan(0);
    for (const p of [...d.priorities, d.leadPriorities]) expect(Object.keys(defaults.governance.priorities)).toContain(p);
    expect(Object.keys(defaults.governance.recognition)).toContain(d.bloc);
    expect(d.officer).not.toBe('');
    expect(KIND_LABELS[kind]).toBe(d.plural);
  });

  it('name every kind and the practices aggregate for charts', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...ORG_KINDS, 'practices'].sort());
    expect(ORG_KINDS.filter((k) => KIND_DESCRIPTORS[k].aggregated)).toEqual(['practice']);
  });

  it.each(['cumbria', 'england'])('%s: contracts pay each provider only for lines its kind is paid for', (name) => {
    const s = model(name);
    const w = buildWorld(s, 1);
    const budgets = w.places.map(() => new Float64Array(LINE_COUNT).fill(1e9));
    const { contracts } = buildContracts(w, budgets, (p) => w.places[p]!.org, () => 0);
    const seen = new Set<string>();
    for (const c of contracts) {
      const kind = w.orgs[c.provider]!.kind;
      LINES.forEach((line, l) => {
        if (c.byLine[l]! <= 0) return;
        expect(KIND_DESCRIPTORS[kind].lines, `${kind} paid for ${line}`).toContain(line);
        seen.add(kind);
      });
    }
    // Every provider kind present in the world was paid for something.
    const present = new Set(w.orgs.map((o) => o.kind).filter((k) => !KIND_DESCRIPTORS[k].commissioner));
    expect([...seen].sort()).toEqual([...present].sort());
    // Officers sign with their kind's title.
    for (const o of w.orgs) expect(o.officer.startsWith(`${KIND_DESCRIPTORS[o.kind].officer}, `)).toBe(true);
  });
});
