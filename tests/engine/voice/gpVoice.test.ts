import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/engine/buildWorld.ts';
import { runScenario } from '../../../src/engine/index.ts';
import { substituteSeats } from '../../../src/engine/voice/attendance.ts';
import { createGpVoice, stepGpVoice } from '../../../src/engine/voice/gpVoice.ts';
import { distance, positionOf } from '../../../src/engine/voice/opinionGroup.ts';
import { model } from '../../helpers/models.ts';

const withGp = (gp: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const raw = model('default');
  return model('default', { years: 1, governance: { ...raw.governance, gp: { ...raw.governance.gp, ...gp }, ...extra } });
};

/** A voice after `months` monthly meetings with full attendance. */
function voiceAfter(s: ReturnType<typeof withGp>, months: number) {
  const w = buildWorld(s, 1);
  const v = createGpVoice(s, w, 1);
  const att = new Float64Array(w.pcns.length).fill(1);
  for (let m = 0; m < months; m++) stepGpVoice(s, w, v, att, true);
  return { w, v };
}

describe('mandate gap: every representative against the practices it speaks for', () => {
  it('is positive in pcn mode: a CD carries its own practice\u2019s stated position, not the PCN mean', () => {
    const { w, v } = voiceAfter(withGp({ mode: 'pcn' }), 3);
    for (const place of v.places) {
      for (const seat of place.seats) {
        expect(seat.role).toBe('cd');
        const pcn = w.pcns[seat.pcn]!;
        // What the seat carries is its CD's position in the PCN group ...
        expect(Array.from(seat.position)).toEqual(Array.from(positionOf(v.pcnGroups[seat.pcn]!, v.cdMember[seat.pcn]!)));
        // ... and its gap is the distance to the list-weighted position of the PCN's practices.
        expect(seat.mandateGap).toBeCloseTo(distance(seat.position, v.pcnReference[seat.pcn]!), 12);
        if (pcn.practices.length > 1) expect(seat.mandateGap).toBeGreaterThan(0);
      }
      const wsum = place.seats.reduce((a, x) => a + x.weight, 0);
      expect(place.mandateGap).toBeCloseTo(place.seats.reduce((a, x) => a + x.weight * x.mandateGap, 0) / wsum, 12);
    }
    expect(runScenario(withGp({ mode: 'pcn' }), { seed: 1 }).summary.mandateGap).toBeGreaterThan(0);
  });

  it('shrinks as PCN meetings pull a CD towards the PCN mean', () => {
    const early = voiceAfter(withGp({ mode: 'pcn' }), 1).v;
    const late = voiceAfter(withGp({ mode: 'pcn' }), 24).v;
    const mean = (v: typeof early) => v.places.reduce((a, p) => a + p.mandateGap, 0) / v.places.length;
    expect(mean(late)).toBeLessThan(mean(early));
  });

  it('counts the LMC seat in fragmented mode against the place\u2019s practices', () => {
    const { v } = voiceAfter(withGp({ mode: 'fragmented' }), 2);
    for (const place of v.places) {
      const lmc = place.seats.find((x) => x.role === 'lmc')!;
      expect(lmc).toBeDefined();
      expect(lmc.mandateGap).toBeCloseTo(distance(lmc.position, place.reference), 12);
    }
  });
});

describe('substitutes for absent clinical directors have finite hours', () => {
  it('cover at most substituteHours / meeting hours seats per place board meeting', () => {
    expect(substituteSeats(withGp({ mode: 'unified' }))).toBe(2);
    expect(substituteSeats(withGp({ mode: 'pcn' }))).toBe(0);
    expect(substituteSeats(withGp({ mode: 'unified', substituteHours: 0 }))).toBe(0);
    // No CD hours at all: every CD seat present at a place board is a substitute.
    for (const [hours, cap] of [
      [0, 0],
      [3, 1],
      [6, 2],
    ] as const) {
      const s = withGp({ mode: 'unified', cdHours: 0, substituteHours: hours, lmcHours: 40 }, { devolution: { mode: 'delegated', share: 0.5 } });
      const r = runScenario(s, { seed: 1 });
      const place = r.decisions.filter((d) => d.scope === 'place');
      expect(place.length).toBeGreaterThan(0);
      let covered = 0;
      for (const d of place) {
        const cds = d.members.filter((m) => m.role === 'cd');
        const present = cds.filter((m) => m.present).length;
        expect(present).toBeLessThanOrEqual(cap);
        covered += present;
        if (cds.length >= cap) expect(present).toBe(Math.min(cap, cds.length));
      }
      if (cap > 0) expect(covered).toBeGreaterThan(0);
    }
  });
});
