/**
 * A tiny scenario for the mechanisms' unit tests (tests/engine/mechanisms/):
 * one system of two places sharing an acute, a community and a mental
 * health trust and a council, each place with one PCN of two listed
 * practices. Small enough that a test's exact values can be read, and built
 * the way a user's scenario is (parseScenario) so that every default applies.
 */
import { createRunState } from '../../src/engine/createRunState.ts';
import { parseScenario, setPath, type Scenario } from '../../src/engine/index.ts';
import type { RunState } from '../../src/engine/runState.ts';

/** The raw (unvalidated) tiny scenario. */
export function smallRaw(): Record<string, unknown> {
  return {
    name: 'small',
    seed: 1,
    years: 2,
    startYear: 2023,
    systems: [
      {
        id: 'sys',
        name: 'Small system',
        places: [
          { id: 'north', name: 'North', population: 60000, need: 1, pcns: ['north-pcn'], council: 'county', acute: 'acute', community: 'community', mentalHealth: 'mh' },
          { id: 'south', name: 'South', population: 40000, need: 1.1, pcns: ['south-pcn'], council: 'county', acute: 'acute', community: 'community', mentalHealth: 'mh' },
        ],
        pcns: [{ id: 'north-pcn' }, { id: 'south-pcn' }],
        practices: [
          { id: 'gp-n1', pcn: 'north-pcn', list: 35000 },
          { id: 'gp-n2', pcn: 'north-pcn', list: 25000 },
          { id: 'gp-s1', pcn: 'south-pcn', list: 24000 },
          { id: 'gp-s2', pcn: 'south-pcn', list: 16000 },
        ],
        trusts: [
          { id: 'acute', name: 'Acute trust', kind: 'acute' },
          { id: 'community', name: 'Community trust', kind: 'community' },
          { id: 'mh', name: 'Mental health trust', kind: 'mentalHealth' },
        ],
        councils: [{ id: 'county', name: 'County council' }],
      },
    ],
  };
}

/** The tiny scenario, validated, with dotted-path overrides (`{ 'finance.rule': 'linked' }`). */
export function smallScenario(over: Record<string, unknown> = {}): Scenario {
  let raw: unknown = smallRaw();
  for (const [k, v] of Object.entries(over)) raw = setPath(raw, k, v);
  return parseScenario(raw, 'small');
}

/** A run state of the tiny scenario at month 0 (seed 1 unless given). */
export function smallState(over: Record<string, unknown> = {}, seed: string | number = 1): RunState {
  return createRunState(smallScenario(over), { seed });
}

/** Index of the organisation with id `sys:<id>`. */
export function org(st: RunState, id: string): number {
  const i = st.world.orgs.findIndex((o) => o.id === `sys:${id}`);
  if (i < 0) throw new Error(`no organisation sys:${id} (have ${st.world.orgs.map((o) => o.id).join(', ')})`);
  return i;
}

/** One ledger transfer, in pence, with accounts by id. */
export interface Moved {
  from: string;
  to: string;
  reason: string;
  pence: number;
}

/** The transfers recorded since the ledger held `from` of them. */
export function transfersSince(st: RunState, from: number): Moved[] {
  const out: Moved[] = [];
  for (let i = from; i < st.ledger.size; i++) {
    const t = st.ledger.get(i);
    out.push({ from: t.from, to: t.to, reason: t.reason, pence: Math.round(t.amount * 100) });
  }
  return out;
}

/** Transfers as compact lines `from -> to reason pence` (for exact comparison). */
export function lines(moved: readonly Moved[]): string[] {
  return moved.map((t) => `${t.from} -> ${t.to} ${t.reason} ${t.pence}`);
}
