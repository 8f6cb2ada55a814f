/**
 * Numbers docs/ODD.md quotes from a run, recomputed (issue 23: every number
 * quoted from a run in the docs equals what the code gives). Only the cheap
 * ones: the decisions the default model and England's one-year run log by
 * rule (section 7.10), and the PCN clinical directors' attendance at the
 * defaults (section 7.8). The calibration figures are checked where their
 * runs already are (tests/patterns/calibration.test.ts); statistics over many
 * replications (section 1.2's patterns) are the pattern tests' business.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld, runScenario } from '../../src/engine/index.ts';
import { cdAttendanceProbabilities } from '../../src/engine/voice/attendance.ts';
import { model } from '../helpers/models.ts';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8').replace(/\s+/g, ' ').replace(/^> |\s> /g, ' ');
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = (s: string) => (WORDS.includes(s) ? WORDS.indexOf(s) : Number(s));

/** Decisions a run logs, by rule, and why consensus failed where it did. */
function byRule(name: string, years?: number): Record<string, number> & { whyNotConsensus?: string[] } {
  const r = runScenario(model(name, years ? { years } : {}), {});
  const out: Record<string, number> = {};
  const why: string[] = [];
  for (const d of r.decisions) {
    out[d.rule] = (out[d.rule] ?? 0) + 1;
    if (d.rule !== 'consensus') why.push(...d.failed.filter((f) => f.rule === 'consensus').map((f) => f.reason));
  }
  return Object.assign(out, why.length ? { whyNotConsensus: why } : {});
}

describe('numbers docs/ODD.md quotes from a run', () => {
  it('section 7.10: the decisions the default model (5 years) and England (one year) log, by rule', () => {
    const m = odd.match(/the default 5-year run logs (\w+) consensus decisions; the England one-year run (\w+) by consensus and (\w+) by majority/);
    expect(m, 'the sentence quoting the runs\u2019 decisions').not.toBeNull();
    expect(byRule('default')).toEqual({ consensus: count(m![1]!) });
    const england = byRule('england-2023-24', 1);
    // Section 7.10: consensus fails when the envelope cannot cover the needs (or a need is above its line's bound).
    expect(england.whyNotConsensus?.every((r) => /need/.test(r))).toBe(true);
    delete england.whyNotConsensus;
    expect(england).toEqual({ consensus: count(m![2]!), majority: count(m![3]!) });
  });

  it('section 7.8: a PCN clinical director\u2019s attendance at the defaults in `pcn` and `unified` modes', () => {
    const m = odd.match(/With the defaults: (\d\.\d+) in `pcn` mode, (\d\.\d+) in `unified` mode/);
    expect(m).not.toBeNull();
    const at = (mode: string) => {
      const s = model('default', { governance: { ...(model('default').governance as object), gp: { ...model('default').governance.gp, mode } } });
      const w = buildWorld(s, 1);
      const p = cdAttendanceProbabilities(s, w, new Float64Array(w.pcns.length).fill(1));
      return p[0]!;
    };
    const digits = m![1]!.split('.')[1]!.length;
    expect(at('pcn').toFixed(digits)).toBe(m![1]);
    expect(at('unified').toFixed(digits)).toBe(m![2]);
  });

  it('section 5.1: the default model\u2019s world (people, places, PCNs, organisations, practices)', () => {
    const m = odd.match(/one ICS of ([\d,]+) people in (\w+) places \(([\d,]+) to ([\d,]+) people, need ([\d.]+)-([\d.]+)\), (\w+) PCNs, (\w+) councils, (\w+) acute trusts, (\w+) community trust and (\w+) mental-health trust/);
    const p = odd.match(/the default model lists (\d+)-(\d+) per PCN, (\d+) in all/);
    expect(m).not.toBeNull();
    expect(p).not.toBeNull();
    const w = buildWorld(model('default'), 1);
    const num = (x: string) => Number(x.replace(/,/g, ''));
    const pops = w.places.map((x) => x.population);
    const needs = w.places.map((x) => x.need);
    const kinds = (k: string) => w.orgs.filter((o) => o.kind === k).length;
    const perPcn = w.pcns.map((x) => x.practices.length);
    expect({
      people: pops.reduce((a, b) => a + b, 0),
      places: w.places.length,
      smallest: Math.min(...pops),
      largest: Math.max(...pops),
      need: [Math.min(...needs), Math.max(...needs)],
      pcns: w.pcns.length,
      councils: kinds('council'),
      acute: kinds('acute'),
      community: kinds('community'),
      mentalHealth: kinds('mentalHealth'),
      practices: [Math.min(...perPcn), Math.max(...perPcn), w.practices.length],
    }).toEqual({
      people: num(m![1]!),
      places: count(m![2]!),
      smallest: num(m![3]!),
      largest: num(m![4]!),
      need: [Number(m![5]), Number(m![6])],
      pcns: count(m![7]!),
      councils: count(m![8]!),
      acute: count(m![9]!),
      community: count(m![10]!),
      mentalHealth: count(m![11]!),
      practices: [Number(p![1]), Number(p![2]), Number(p![3])],
    });
  });

  it('section 7.13: every seat of the default ICB board has the same power index', () => {
    const m = odd.match(/every seat of the default ICB board has index ([\d.]+)/);
    expect(m).not.toBeNull();
    const icb = runScenario(model('default', { years: 1 }), {}).power.find((b) => /icb/i.test(b.board));
    expect(icb).toBeDefined();
    expect(icb!.banzhaf.map((v) => Number(v.toFixed(6)))).toEqual(icb!.banzhaf.map(() => Number(m![1])));
  });
});
