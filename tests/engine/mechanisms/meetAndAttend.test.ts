/**
 * meetAndAttend (src/engine/mechanisms/meetAndAttend.ts): each PCN clinical
 * director attends the place board or not, drawn on its PCN's own stream
 * (`streams.cds`) against this month's probability, and the running rate moves by
 * `smoothing` towards the draw (by hand, replaying the stream); then general
 * practice's voice meets. Recorded: the rates and places' cohesion after a
 * quarter.
 */
import { describe, expect, it } from 'vitest';
import { uniform } from '../../../src/engine/rng.ts';
import { advanceTo, callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { smallState } from '../../helpers/smallState.ts';

describe('meetAndAttend', () => {
  it('moves each director’s running rate by the smoothing towards this month’s draw (by hand)', () => {
    const st = smallState({ 'governance.gp.mode': 'unified' });
    advanceTo(st, 2);
    runMonthUntil(st, 'meetAndAttend');
    const before = Float64Array.from(st.cdAttendanceRate);
    const streams = structuredClone(st.streams.cds);
    callMechanism('meetAndAttend', st, 2);
    const k = st.scenario.governance.attendance.smoothing;
    expect(st.cdAttendanceProb).toHaveLength(2);
    for (let c = 0; c < 2; c++) {
      const present = uniform(streams[c]!) < st.cdAttendanceProb[c]! ? 1 : 0;
      expect(st.cdAttendanceRate[c]).toBe((1 - k) * before[c]! + k * present);
    }
    // Each PCN's stream advanced by its one draw.
    expect(st.streams.cds).toEqual(streams);
  });

  it('gives no director time when a workload ramp-up takes all their hours', () => {
    const st = smallState({ events: [{ type: 'pcnWorkloadRampUp', target: 'all', magnitude: 1, durationMonths: 12 }] });
    runMonthUntil(st, 'meetAndAttend');
    callMechanism('meetAndAttend', st, 0);
    expect([...st.cdHoursFactor]).toEqual([0, 0]);
    expect([...st.cdAttendanceProb]).toEqual([0, 0]);
  });

  it('leaves rates and voice after a quarter (recorded)', () => {
    const st = smallState({ 'governance.gp.mode': 'unified' });
    advanceTo(st, 3);
    expect([...st.cdAttendanceRate].map((v) => v.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.812500",
        "0.562500",
      ]
    `);
    expect([...st.cdAttendanceProb].map((v) => v.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.464758",
        "0.464758",
      ]
    `);
    expect(st.voice.places.map((p) => p.cohesion.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.847161",
        "0.775296",
      ]
    `);
  });
});
