/**
 * What the seeds still ask for (docs/ODD.md §7.14a), as paired tests over seeded
 * replications (seeds 401-, not used in development), 95% t intervals.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario, setPath, type RunResult } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';
import { fmt, paired } from '../helpers/replicate.ts';

const REPS = 10;
const SEED0 = 401;

function runs(model: string, variant: string, reps = REPS): RunResult[] {
  const s = parseScenario(applyVariant(rawModel(model), variant), `${model} --variant ${variant}`);
  return Array.from({ length: reps }, (_, r) => runScenario(s, { seed: SEED0 + r }));
}
const diff = (a: RunResult[], b: RunResult[], f: (r: RunResult) => number) =>
  paired(
    a.map((r) => ({ ...r.summary, v: f(r) })) as never[],
    b.map((r) => ({ ...r.summary, v: f(r) })) as never[],
    (s) => (s as unknown as { v: number }).v,
  );

describe('contested devolution (seed 002: push for devolution, ally with the councils)', () => {
  const strong = runs('three-point-plan', 'contested-unified-attending');
  const weak = runs('three-point-plan', 'contested-divided-absent');
  it('a unified, attending general practice ends five years with a larger delegated share than a divided, absent one, and its influence follows', () => {
    const share = diff(strong, weak, (r) => r.summary.delegatedShare);
    const influence = diff(strong, weak, (r) => r.summary.gpInfluence ?? 0);
    console.log(`seeds devolution: final delegated share unified+attending - divided+absent: ${fmt(share)}`);
    console.log(`seeds devolution: GP influence unified+attending - divided+absent: ${fmt(influence)}`);
    expect(share.lo).toBeGreaterThan(0);
    expect(influence.lo).toBeGreaterThan(0);
    // The share is a state that moves year by year, and the log says who pushed.
    for (const r of strong) expect(r.devolution.length).toBe(4);
  });
});

describe('what a breach costs (seed 000: the accountable officer and the Treasury\u2019s line of sight)', () => {
  // Loans between places are rare (blue needs one in about a third of runs): 30 replications.
  const free = runs('cumbria', 'loan-without-approval', 30);
  const accountable = runs('cumbria', 'loan-without-approval-accountable', 30);
  it('consequences lower unapproved loans and breaches, and the summary shows the loans not made', () => {
    const loans = diff(accountable, free, (r) => r.summary.loans.made);
    const breaches = diff(accountable, free, (r) => r.summary.accountabilityBreaches);
    console.log(`seeds breach: loans made, consequences - none: ${fmt(loans)}`);
    console.log(`seeds breach: breaches, consequences - none: ${fmt(breaches)}`);
    const notMade = accountable.reduce((a, r) => a + r.summary.loans.notMadeForBreachRisk, 0);
    const notMadeAmount = accountable.reduce((a, r) => a + r.summary.loans.notMadeAmount, 0);
    console.log(`seeds breach: loans not made for fear of a breach ${notMade} (GBP ${notMadeAmount.toFixed(0)}) over 30 runs`);
    expect(loans.hi).toBeLessThan(0);
    expect(breaches.hi).toBeLessThan(0);
    expect(notMade).toBeGreaterThan(0);
    // The trade-off: blue, the place in trouble, is rescued less often.
    const blue = (r: RunResult) => r.years.filter((y) => y.org === 'cumbria:blue' && y.outcome === 'deficit').length;
    console.log(`seeds breach: blue deficit years, consequences - none: ${fmt(diff(accountable, free, blue))}`);
  });
});

describe('who pays for the executive (seed 004)', () => {
  const practicesResult = (r: RunResult) => {
    const rows = r.years.filter((y) => y.kind === 'practice');
    return rows.reduce((a, y) => a + y.result, 0) / rows.reduce((a, y) => a + y.income, 0);
  };
  const roles = runs('executive-capacity', 'existing-roles');
  const levy = runs('executive-capacity', 'practice-funded');
  const system = runs('executive-capacity', 'system-funded');
  it('an executive bought (by practices or the system) raises attendance over one taken from existing roles', () => {
    const d = diff(system, roles, (r) => r.summary.gpAttendance);
    const dLevy = diff(system, levy, (r) => r.summary.gpAttendance);
    console.log(`seeds executive: attendance system-funded - existing roles: ${fmt(d)}`);
    console.log(`seeds executive: attendance system-funded - practice levy: ${fmt(dLevy)} (equal while practices can pay for all of it)`);
    expect(d.lo).toBeGreaterThan(0);
    expect(dLevy.mean).toBeGreaterThanOrEqual(0);
  });
  it('where practices will pay less than it costs (a 0.2% levy cap), a system-funded executive raises attendance over a practice-funded one', () => {
    const capped = runs('executive-capacity', 'practice-funded-capped');
    const d = diff(system, capped, (r) => r.summary.gpAttendance);
    const funded = capped.reduce((a, r) => a + r.summary.executive.fundedShare, 0) / capped.length;
    console.log(`seeds executive: attendance system-funded - practice levy capped at 0.2%: ${fmt(d)} (practices fund ${funded.toFixed(2)} of it)`);
    expect(funded).toBeLessThan(1);
    expect(d.lo).toBeGreaterThan(0);
  });
  it('a system-funded executive moves the position carried to boards away from the practices (towards the ICB); a practice levy shows in practices\u2019 results', () => {
    const gap = diff(system, levy, (r) => r.summary.mandateGap);
    const result = diff(levy, system, practicesResult);
    console.log(`seeds executive: mandate gap system-funded - practice levy: ${fmt(gap)}`);
    console.log(`seeds executive: practices' result practice levy - system-funded (share of income): ${fmt(result)}`);
    expect(gap.lo).toBeGreaterThan(0);
    // The levy is in practices' accounts (a cost their plan did not carry), but over five years its cost
    // (about 0.5% of their income) is offset: the system-funded executive carries a position nearer the
    // ICB's and wins primary care less money, and practices' savings plans answer the levy's debts from the
    // second year (since issue 21 the net difference is about zero). The net difference is reported, not
    // asserted; that the levy is paid from practices' accounts is.
    for (const r of levy) {
      const income = r.years.filter((y) => y.kind === 'practice').reduce((a, y) => a + y.income, 0);
      expect(r.summary.executive.paidByPractices / income).toBeGreaterThan(0.001);
    }
    for (const r of system) expect(r.summary.executive.paidByIcb).toBeGreaterThan(0);
  });
});

describe('who calls the shots (seed 000: appointed or elected, clinical or managerial)', () => {
  const elected = runs('three-point-plan', 'leaders-elected-clinical');
  const appointed = runs('three-point-plan', 'leaders-appointed-managerial');
  const delivery = (r: RunResult) => {
    const rows = r.years.filter((y) => y.savingsPlanned > 0);
    return rows.reduce((a, y) => a + y.savingsDelivered, 0) / rows.reduce((a, y) => a + y.savingsPlanned, 0);
  };
  it('an appointed GP chair widens the mandate gap; managerial place leaders deliver more of their savings plans', () => {
    const gap = diff(appointed, elected, (r) => r.summary.mandateGap);
    const saved = diff(appointed, elected, delivery);
    const influence = diff(elected, appointed, (r) => r.summary.gpInfluence ?? 0);
    console.log(`seeds leaders: mandate gap appointed - elected: ${fmt(gap)}`);
    console.log(`seeds leaders: savings delivered / planned, managerial - clinical: ${fmt(saved)}`);
    console.log(`seeds leaders: GP influence elected+clinical - appointed+managerial: ${fmt(influence)}`);
    expect(gap.lo).toBeGreaterThan(0);
    expect(saved.lo).toBeGreaterThan(0);
  });
  it('turnover erodes what an elected clinical leader brings: a new leader every year lowers GP influence against long tenures', () => {
    const churn = (t: number) => {
      const raw = setPath(applyVariant(rawModel('three-point-plan'), 'leaders-elected-clinical'), 'governance.leaders.tenureYears.elected', t);
      const s = parseScenario(raw, `three-point-plan tenure ${t}`);
      return Array.from({ length: REPS }, (_, r) => runScenario(s, { seed: SEED0 + r }));
    };
    const short = churn(1);
    const long = churn(15);
    const d = diff(short, long, (r) => r.summary.gpInfluence ?? 0);
    console.log(`seeds leaders: GP influence, tenure 1 year - 15 years (elected clinical): ${fmt(d)}`);
    for (const r of short) expect(r.summary.leaderChanges).toBe(4 * r.organisations.filter((o) => o.kind === 'place').length);
    expect(d.hi).toBeLessThan(0);
  });
});
