/**
 * stepFlows (src/engine/mechanisms/stepFlows.ts): a month of demand and
 * patient flows on the tiny scenario. Recorded: each place's bed-days,
 * delayed bed-days and admissions in April. By hand: with demand flat (no
 * growth, season or noise) the acute pathway starts at its steady state and
 * stays there, and Little's law holds: patients in beds = admissions a day x
 * the mean time in a bed (length of stay + the share needing a package x the
 * council's acceptance delay).
 */
import { describe, expect, it } from 'vitest';
import { DAYS_IN_MONTH } from '../../../src/engine/calendar.ts';
import { callMechanism, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { org, smallState } from '../../helpers/smallState.ts';

const FLAT = { 'demand.seasonality': 0, 'demand.noise': 0, 'demand.growth.acute': 0 };

describe('stepFlows', () => {
  it('runs April’s flows of each place (recorded)', () => {
    const st = smallState();
    runMonthUntil(st, 'stepFlows');
    callMechanism('stepFlows', st, 0);
    const f = st.flows;
    expect(f.days).toBe(30);
    expect([...f.bedDays].map((v) => v.toFixed(4))).toMatchInlineSnapshot(`
      [
        "3331.9499",
        "2435.1870",
      ]
    `);
    expect([...f.delayedBedDays].map((v) => v.toFixed(4))).toMatchInlineSnapshot(`
      [
        "357.3716",
        "261.5117",
      ]
    `);
    expect([...f.admissions].map((v) => v.toFixed(4))).toMatchInlineSnapshot(`
      [
        "540.4664",
        "394.6323",
      ]
    `);
    expect([...f.cancelled]).toEqual([0, 0]);
    // Both places' bed-days fall to their one acute trust, their package months to their council.
    const acute = org(st, 'acute');
    expect(st.bedDays[acute]).toBeCloseTo(f.bedDays[0]! + f.bedDays[1]!, 9);
    expect(st.delayedBedDays[acute]).toBeCloseTo(f.delayedBedDays[0]! + f.delayedBedDays[1]!, 9);
    expect(st.packageMonths[org(st, 'county')]!.toFixed(4)).toMatchInlineSnapshot(`"1029.5485"`);
    expect(st.yearAdmitted[0]).toBe(f.admissions[0]);
  });

  it('keeps a flat demand at its steady state, where Little’s law holds (by hand)', () => {
    const st = smallState(FLAT);
    runMonthUntil(st, 'stepFlows');
    const a = st.scenario.acute;
    const before = st.world.places.map((p) => ({ ...p.stocks }));
    callMechanism('stepFlows', st, 0);
    const days = DAYS_IN_MONTH[0]!;
    st.world.places.forEach((p, i) => {
      const lambda = p.baseAdmissionsPerDay;
      expect(st.demand[i * 7]).toBe(1);
      expect(st.communityNow[i]).toBe(1);
      // Stocks do not move.
      expect(p.stocks.treating).toBeCloseTo(before[i]!.treating, 6);
      expect(p.stocks.delayed).toBeCloseTo(before[i]!.delayed, 6);
      // L = lambda W: beds occupied = admissions a day x (stay + package share x acceptance delay).
      const inBeds = lambda * (a.lengthOfStayDays + a.carePackageShare * st.acceptanceDays[i]!);
      expect(p.stocks.treating + p.stocks.delayed).toBeCloseTo(inBeds, 6);
      expect(st.flows.bedDays[i]! / days).toBeCloseTo(inBeds, 4);
      expect(st.flows.admissions[i]! / days).toBeCloseTo(lambda, 6);
      expect(st.flows.delayedBedDays[i]! / days).toBeCloseTo(lambda * a.carePackageShare * st.acceptanceDays[i]!, 4);
    });
  });

  it('moves no escalation beds below safe occupancy', () => {
    const st = smallState(FLAT);
    runMonthUntil(st, 'stepFlows');
    callMechanism('stepFlows', st, 0);
    const acute = org(st, 'acute');
    const beds = st.profiles[acute]!.beds;
    // Started at startOccupancy (0.93) above safeOccupancy (0.92): the excess is the escalation.
    const occupied = st.bedDays[acute]! / 30;
    expect(occupied / beds).toBeCloseTo(st.scenario.acute.startOccupancy, 4);
    expect(st.escalationBedDays[acute]).toBeCloseTo((occupied - st.scenario.acute.safeOccupancy * beds) * 30, 6);
    expect(st.escalationBedDays[org(st, 'community')]).toBe(0);
  });
});
