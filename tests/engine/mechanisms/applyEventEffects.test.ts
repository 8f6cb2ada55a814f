/**
 * applyEventEffects (src/engine/mechanisms/applyEventEffects.ts): this
 * month's effects of scripted events on the tiny scenario, each exact, and
 * the floors: overlapping activity falls never below the deepest fall
 * recorded (1 + the descriptor's smallest magnitude of acuteOverperformance), a clinical director's hours
 * never below none.
 */
import { describe, expect, it } from 'vitest';
import { eventDescriptor } from '../../../src/engine/eventTypes.ts';
import { callMechanism } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const ev = (type: string, target: string, magnitude: number, month = 0, durationMonths = 3) => ({ type, target, magnitude, month, durationMonths });

describe('applyEventEffects', () => {
  it('sets each kind of event’s multiplier on its target only, while the event lasts', () => {
    const st = smallState({
      events: [ev('acuteOverspend', 'acute', 0.1), ev('acuteOverperformance', 'acute', 0.05), ev('socialCareGoSlow', 'county', 0.5), ev('pcnWorkloadRampUp', 'south', 0.3)],
    });
    const acute = org(st, 'acute');
    callMechanism('applyEventEffects', st, 0);
    expect(st.costMultiplier[acute]).toBe(1.1);
    expect(st.activityMultiplier[acute]).toBe(1.05);
    expect([...st.costMultiplier].filter((v) => v !== 1)).toHaveLength(1);
    const days = st.scenario.council.acceptanceDays;
    // The council serves both places: both wait half as long again.
    expect([...st.acceptanceDays]).toEqual([days * 1.5, days * 1.5]);
    const southPcn = st.world.places[1]!.pcns[0]!;
    expect([...st.cdHoursFactor]).toEqual(st.world.pcns.map((_, c) => (c === southPcn ? 0.7 : 1)));
    // After the events end (month 3), everything is back to none.
    callMechanism('applyEventEffects', st, 3);
    expect([...st.costMultiplier].every((v) => v === 1)).toBe(true);
    expect([...st.activityMultiplier].every((v) => v === 1)).toBe(true);
    expect([...st.acceptanceDays]).toEqual([days, days]);
    expect([...st.cdHoursFactor].every((v) => v === 1)).toBe(true);
  });

  it('floors overlapping activity falls at the deepest fall recorded, and CD hours at none', () => {
    const st = smallState({
      events: [ev('acuteOverperformance', 'acute', -0.6), ev('acuteOverperformance', 'acute', -0.6), ev('pcnWorkloadRampUp', 'north', 0.6), ev('pcnWorkloadRampUp', 'north', 0.6), ev('pcnWorkloadRampUp', 'south', 1.5)],
    });
    callMechanism('applyEventEffects', st, 0);
    // 0.4 x 0.4 = 0.16 would fall below the floor of 0.25.
    expect(1 + eventDescriptor('acuteOverperformance').minMagnitude!.value).toBe(0.25);
    expect(st.activityMultiplier[org(st, 'acute')]).toBe(0.25);
    const [north, south] = [st.world.places[0]!.pcns[0]!, st.world.places[1]!.pcns[0]!];
    expect(st.cdHoursFactor[north]).toBeCloseTo(0.16, 15);
    expect(st.cdHoursFactor[south]).toBe(0);
  });

  it('applies one-off effects in the first month only: morale, investment, closure', () => {
    const st = smallState({ events: [ev('reorganisation', 'community', 0.2), ev('investment', 'north', 0.1), ev('hospitalClosure', 'acute', 0.3, 1)] });
    const community = org(st, 'community');
    const acute = org(st, 'acute');
    callMechanism('applyEventEffects', st, 0);
    expect(st.world.orgs[community]!.morale).toBe(0.8);
    expect([...st.investmentBoost]).toEqual([1.1, 1]);
    expect(st.closed[acute]).toBe(0);
    callMechanism('applyEventEffects', st, 1);
    expect(st.world.orgs[community]!.morale).toBe(0.8);
    expect([...st.investmentBoost]).toEqual([1.1, 1]);
    // The only acute trust closes a site with nowhere to send its patients: it carries the loss as cost.
    expect(st.closed[acute]).toBe(1);
    expect(st.events.find((e) => e.type === 'hospitalClosure')!.places).toEqual([]);
    expect(st.world.places.map((p) => p.acuteShift.to)).toEqual([-1, -1]);
    expect(st.costMultiplier[acute]).toBe(1.3);
  });

  it('leaves morale at most normal after a welcome (negative magnitude) reorganisation', () => {
    const st = smallState({ events: [ev('reorganisation', 'community', -0.5)] });
    callMechanism('applyEventEffects', st, 0);
    expect(st.world.orgs[org(st, 'community')]!.morale).toBe(1);
  });
});
