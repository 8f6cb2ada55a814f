import { describe, expect, it } from 'vitest';
import { stepAcuteFlow, steadyState, stepDelay3 } from '../../src/engine/acuteFlow.ts';

// Little's law case from issue 2: 20 admissions a day, 5-day stay, 5% needing a
// care package lasting 24 months (730.5 days), ample council capacity.
const base = {
  admissionsPerDay: 20,
  lengthOfStayDays: 5,
  carePackageShare: 0.05,
  acceptanceDays: 0.25,
  packageDays: 24 * 365.25 / 12,
  packageCapacity: 1e9,
  bedCeiling: Infinity,
};

function runYears(years: number, subStepsPerDay: number, acceptanceDays = base.acceptanceDays) {
  const s = { ...steadyState(base), communityLag: [1, 1, 1] as [number, number, number] };
  let last = { bedDays: 0, delayedBedDays: 0 };
  for (let m = 0; m < years * 12; m++) last = stepAcuteFlow(s, { ...base, acceptanceDays, days: 30, subStepsPerDay });
  return { s, last };
}

describe('acute stock-flow', () => {
  it('has the Little\'s law steady state', () => {
    const ss = steadyState(base);
    expect(ss.treating).toBe(100);
    expect(ss.delayed).toBeCloseTo(0.25, 12);
    expect(ss.packages).toBeCloseTo(730.5, 9);
  });

  it('stays at steady state when started there, for any sub-step', () => {
    for (const k of [1, 4, 24]) {
      const { s, last } = runYears(3, k);
      expect(s.treating).toBeCloseTo(100, 9);
      expect(s.packages).toBeCloseTo(730.5, 6);
      expect(last.bedDays / 30).toBeCloseTo(100.25, 6);
    }
  });

  it('converges to the same steady state from empty, independent of the sub-step size', () => {
    const fromEmpty = (k: number) => {
      const s = { treating: 0, delayed: 0, packages: 0, communityLag: [1, 1, 1] as [number, number, number] };
      for (let m = 0; m < 12 * 12; m++) stepAcuteFlow(s, { ...base, days: 30, subStepsPerDay: k });
      return s;
    };
    const a = fromEmpty(1);
    const b = fromEmpty(24);
    expect(a.treating).toBeCloseTo(100, 6);
    expect(b.treating).toBeCloseTo(100, 6);
    // After 12 years packages are within 0.5% of 730.5 (time constant 2 years), and the two step sizes agree to 0.1%.
    expect(Math.abs(a.packages - 730.5) / 730.5).toBeLessThan(0.005);
    expect(Math.abs(a.packages - b.packages) / b.packages).toBeLessThan(0.001);
  });

  it('grows delayed discharges when the council slows its acceptance', () => {
    const s = { ...steadyState(base), communityLag: [1, 1, 1] as [number, number, number] };
    const before = s.delayed;
    const series: number[] = [];
    for (let m = 0; m < 3; m++) {
      stepAcuteFlow(s, { ...base, acceptanceDays: 20, days: 30, subStepsPerDay: 1 });
      series.push(s.delayed);
    }
    expect(series[0]!).toBeGreaterThan(before * 10);
    expect(series[1]!).toBeGreaterThan(series[0]!);
    expect(series[2]!).toBeGreaterThan(series[1]!);
    // It heads for the new steady state: 1 package start a day x 20 days = 20 delayed.
    for (let m = 0; m < 24; m++) stepAcuteFlow(s, { ...base, acceptanceDays: 20, days: 30, subStepsPerDay: 4 });
    expect(s.delayed).toBeCloseTo(20, 3);
  });

  it('holds patients in beds when council capacity binds', () => {
    // Capacity 600: about 0.82 packages end a day while 1 a day is needed, so about 0.18 a day wait in beds.
    const s = { treating: 100, delayed: 0.25, packages: 600, communityLag: [1, 1, 1] as [number, number, number] };
    for (let m = 0; m < 6; m++) stepAcuteFlow(s, { ...base, packageCapacity: 600, days: 30, subStepsPerDay: 1 });
    expect(s.packages).toBeLessThanOrEqual(600 + 1e-9);
    expect(s.delayed).toBeGreaterThan(25);
    expect(s.delayed).toBeLessThan(40);
  });

  it('keeps occupied beds, and so delayed discharges, within the bed ceiling when council capacity runs out; the admissions beyond it are cancelled', () => {
    // No package capacity at all: every patient needing a package waits in a bed for good.
    const s = { treating: 100, delayed: 0.25, packages: 0, communityLag: [1, 1, 1] as [number, number, number] };
    const ceiling = 120;
    let cancelled = 0;
    let admitted = 0;
    for (let m = 0; m < 120; m++) {
      const t = stepAcuteFlow(s, { ...base, packageCapacity: 0, bedCeiling: ceiling, days: 30, subStepsPerDay: 2 });
      cancelled += t.cancelled;
      admitted += t.admissions;
      expect(s.treating + s.delayed).toBeLessThanOrEqual(ceiling + 1e-9);
      expect(t.bedDays).toBeLessThanOrEqual(ceiling * 30 + 1e-6);
    }
    // Ten years of 20 a day: beds fill with delayed patients, so nearly all later admissions are cancelled.
    expect(s.delayed).toBeGreaterThan(100);
    expect(cancelled + admitted).toBeCloseTo(20 * 30 * 120, 6);
    expect(cancelled).toBeGreaterThan(0.5 * 20 * 30 * 120);
  });

  it('delays the community effect by years, not months (third-order delay)', () => {
    const stages: [number, number, number] = [1, 1, 1];
    const path: number[] = [];
    for (let m = 0; m < 60; m++) path.push(stepDelay3(stages, 1.2, 2, 1 / 12));
    expect(path[2]! - 1).toBeLessThan(0.01); // after 3 months, almost nothing
    expect(path[23]! - 1).toBeGreaterThan(0.08); // after 2 years, about half
    expect(path[23]! - 1).toBeLessThan(0.14);
    expect(path[59]!).toBeGreaterThan(1.19);
  });
});
