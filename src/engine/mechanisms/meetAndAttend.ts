/**
 * General practice meets and forms its voice; its representatives attend or
 * not (docs/ODD.md §3 step 3, §7.6-7.8). Each PCN clinical director's
 * attendance at the place board is drawn from this month's probability
 * (hours, load, executive support) and smoothed into a running rate, which
 * the voice (and the next planning round) reads.
 */
import { uniform } from '../rng.ts';
import type { RunState } from '../runState.ts';
import { cdAttendanceProbabilities } from '../voice/attendance.ts';
import { stepGpVoice } from '../voice/gpVoice.ts';

/** This month's attendance of PCN clinical directors and general practice's meetings. */
export function meetAndAttend(st: RunState, month: number): void {
  const s = st.scenario;
  const w = st.world;
  st.cdAttendanceProb = cdAttendanceProbabilities(s, w, st.cdHoursFactor, st.cdAttendanceProb.length ? st.cdAttendanceProb : undefined, st.voice.executiveScale);
  const smoothing = s.governance.attendance.smoothing;
  for (let c = 0; c < w.pcns.length; c++) {
    const present = uniform(st.streams.cds[c]!) < st.cdAttendanceProb[c]! ? 1 : 0;
    st.cdAttendanceRate[c] = (1 - smoothing) * st.cdAttendanceRate[c]! + smoothing * present;
  }
  stepGpVoice(s, w, st.voice, st.cdAttendanceRate, month % 12 === 0);
}
