/**
 * Observation (MODEL.md §3 step 9 and §6): collects the monthly series of a
 * run. The simulation hands it each month's flows; it never reads the
 * simulation's internals, so what is recorded is explicit.
 */
import type { FlowTotals } from './acuteFlow.ts';
import type { Ledger } from './ledger.ts';
import { LINE_COUNT, LINES } from './lines.ts';
import type { OrgKind } from './orgKinds.ts';
import type { Series } from './result.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

/** What one month looked like, for streaming to a page. */
export interface MonthSnapshot {
  month: number;
  label: string;
  bedsOccupied: number;
  delayedDischarges: number;
  carePackages: number;
  emergencyAdmissions: number;
  /** Spending per line this month (GBP), in line order. */
  spendingByLine: number[];
  /** Balance per tracked organisation (GBP), in `Series.balances` order. */
  balances: number[];
}

/** Accumulates one month's flows. */
export interface MonthFlows {
  place(index: number, t: FlowTotals, days: number, packages: number): void;
  spend(byLine: Float64Array, fraction: number): void;
  spendLine(line: number, pence: number): void;
}

/** Collects series over a run. */
export class Observer {
  private readonly s: Series;
  private readonly tracked: number[];
  private readonly practiceOrgs: number[];
  private readonly spendNow = new Float64Array(LINE_COUNT);
  private beds = 0;
  private delayed = 0;
  private packages = 0;
  private admissions = 0;
  private delayedShareSum = 0;
  private delayedSum = 0;
  months = 0;

  constructor(
    private readonly scenario: Scenario,
    world: World,
  ) {
    const spending = {} as Series['spendingByLine'];
    for (const l of LINES) spending[l] = [];
    this.tracked = world.orgs.filter((o) => o.kind !== 'practice').map((o) => o.index);
    this.practiceOrgs = world.orgs.filter((o) => o.kind === 'practice').map((o) => o.index);
    this.s = {
      month: [],
      bedsOccupied: [],
      delayedDischarges: [],
      carePackages: [],
      emergencyAdmissions: [],
      spendingByLine: spending,
      byPlace: world.places.map((p) => ({ place: p.id, bedsOccupied: [], delayedDischarges: [] })),
      gpAttendance: [],
      gpCohesion: [],
      mandateGap: [],
      contradiction: [],
      balances: [
        ...this.tracked.map((i) => ({ org: world.orgs[i]!.id, kind: world.orgs[i]!.kind as OrgKind | 'practices', values: [] as number[] })),
        ...(this.practiceOrgs.length ? [{ org: 'all practices', kind: 'practices' as const, values: [] as number[] }] : []),
      ],
    };
  }

  /** Starts a month and returns the sink for its flows. */
  beginMonth(): MonthFlows {
    this.beds = this.delayed = this.packages = this.admissions = 0;
    this.spendNow.fill(0);
    const self = this;
    return {
      place(index, t, days, packages) {
        const beds = t.bedDays / days;
        const delayed = t.delayedBedDays / days;
        self.beds += beds;
        self.delayed += delayed;
        self.packages += packages;
        self.admissions += t.admissions;
        const bp = self.s.byPlace[index]!;
        bp.bedsOccupied.push(round1(beds));
        bp.delayedDischarges.push(round1(delayed));
      },
      spend(byLine, fraction) {
        for (let l = 0; l < LINE_COUNT; l++) self.spendNow[l]! += byLine[l]! * fraction;
      },
      spendLine(line, pence) {
        self.spendNow[line]! += pence;
      },
    };
  }

  /** Ends a month: records the series and returns the snapshot. */
  endMonth(month: number, ledger: Ledger): MonthSnapshot {
    const year = this.scenario.startYear + Math.floor((month + 3) / 12);
    const label = `${year}-${String(((month + 3) % 12) + 1).padStart(2, '0')}`;
    const s = this.s;
    s.month.push(label);
    s.bedsOccupied.push(round1(this.beds));
    s.delayedDischarges.push(round1(this.delayed));
    s.carePackages.push(round1(this.packages));
    s.emergencyAdmissions.push(Math.round(this.admissions));
    const spending = LINES.map((l, i) => {
      const v = Math.round(this.spendNow[i]!) / 100;
      s.spendingByLine[l].push(v);
      return v;
    });
    const balances = this.tracked.map((i, k) => {
      const v = Math.round(ledger.balances[i]!) / 100;
      s.balances[k]!.values.push(v);
      return v;
    });
    if (this.practiceOrgs.length) {
      let sum = 0;
      for (const i of this.practiceOrgs) sum += ledger.balances[i]!;
      const v = Math.round(sum) / 100;
      s.balances[s.balances.length - 1]!.values.push(v);
      balances.push(v);
    }
    if (this.beds > 0) this.delayedShareSum += this.delayed / this.beds;
    this.delayedSum += this.delayed;
    this.months++;
    return {
      month,
      label,
      bedsOccupied: round1(this.beds),
      delayedDischarges: round1(this.delayed),
      carePackages: round1(this.packages),
      emergencyAdmissions: Math.round(this.admissions),
      spendingByLine: spending,
      balances,
    };
  }

  /** Records the month's governance measures. */
  governance(attendance: number, cohesion: number, mandateGap: number, contradiction: number): void {
    this.s.gpAttendance.push(round4(attendance));
    this.s.gpCohesion.push(round4(cohesion));
    this.s.mandateGap.push(round4(mandateGap));
    this.s.contradiction.push(round4(contradiction));
  }

  /** Mean share of occupied beds that were delayed discharges. */
  meanDelayedShare(): number {
    return this.months ? this.delayedShareSum / this.months : 0;
  }

  /** Mean delayed discharges (beds). */
  meanDelayed(): number {
    return this.months ? this.delayedSum / this.months : 0;
  }

  /** The series so far. */
  series(): Series {
    return this.s;
  }
}

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
