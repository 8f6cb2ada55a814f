/**
 * One run: builds the world and advances it a month at a time through
 * MODEL.md §3 (events, demand and flows, costs and income, planning at the
 * start of each financial year, year-end accounts, observation). The class
 * has no loop or timer of its own: Node and the browser drive the same
 * `step()`; `runScenario` is the plain loop.
 */
import { envelope, initialShares, placeBudgets } from './allocation.ts';
import { stepAcuteFlow, stepDelay3, steadyState } from './acuteFlow.ts';
import { buildWorld } from './buildWorld.ts';
import { DAYS_IN_MONTH, fyLabel } from './calendar.ts';
import { buildContracts, monthlyInstalment, type Contract } from './contracts.ts';
import { emptyProfiles, monthlyCost, type CostProfile } from './costModel.ts';
import { drawDemand, trendIndex } from './demand.ts';
import { hashString } from './hash.ts';
import { Ledger } from './ledger.ts';
import { LINE_COUNT, LINES } from './lines.ts';
import { Observer, type MonthSnapshot } from './observer.ts';
import { summarise } from './summarise.ts';
import type { RunResult, YearRow } from './result.ts';
import { lognormal } from './rng.ts';
import type { Scenario } from './scenarioSchema.ts';
import { VERSION } from './version.ts';
import type { World } from './world.ts';
import { closeYear } from './yearEnd.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;

/** Options of a run. */
export interface RunOptions {
  /** Seed; defaults to the scenario's. */
  seed?: string | number;
  /** Years; defaults to the scenario's. */
  years?: number;
}

/** A simulation in progress. */
export class Simulation {
  readonly world: World;
  readonly ledger: Ledger;
  readonly seed: string | number;
  readonly totalMonths: number;
  /** Months completed. */
  month = 0;
  readonly years: YearRow[] = [];
  private readonly observer: Observer;
  private readonly shares: Float64Array[];
  private contracts: Contract[] = [];
  private prescribing: Float64Array = new Float64Array(0);
  private readonly prescribingBase: Float64Array;
  private readonly profiles: CostProfile[];
  private readonly demand: Float64Array;
  private readonly planTrend = new Float64Array(LINE_COUNT);
  private readonly communityIndex: Float64Array;
  private readonly baseCommunity: Float64Array;
  private readonly acceptanceDays: Float64Array;
  private readonly bedDays: Float64Array;
  private readonly packageMonths: Float64Array;
  private readonly councilFunding: Float64Array;
  private price = 1;
  private auth = { nhse: 0, localGov: 0, spend: new Int32Array(0), allocation: new Int32Array(0) };

  constructor(
    readonly scenario: Scenario,
    options: RunOptions = {},
  ) {
    this.seed = options.seed ?? scenario.seed;
    this.totalMonths = (options.years ?? scenario.years) * 12;
    this.world = buildWorld(scenario, this.seed);
    const w = this.world;
    this.ledger = new Ledger(
      w.orgs.map((o) => o.id),
      ['external:nhsEngland', 'external:localGovernment', 'external:suppliers'],
    );
    this.shares = w.systems.map(() => initialShares(scenario));
    this.profiles = emptyProfiles(w);
    this.demand = new Float64Array(w.places.length * LINE_COUNT);
    this.communityIndex = new Float64Array(w.places.length).fill(1);
    this.baseCommunity = new Float64Array(w.places.length);
    this.acceptanceDays = new Float64Array(w.places.length).fill(scenario.council.acceptanceDays);
    this.bedDays = new Float64Array(w.orgs.length);
    this.packageMonths = new Float64Array(w.orgs.length);
    this.councilFunding = new Float64Array(w.orgs.length);
    this.prescribingBase = new Float64Array(w.places.length);
    this.observer = new Observer(scenario, w, this.totalMonths);
    this.initialiseStocks();
  }

  /** True when every month has run. */
  get done(): boolean {
    return this.month >= this.totalMonths;
  }

  private initialiseStocks(): void {
    const a = this.scenario.acute;
    const c = this.scenario.council;
    for (const p of this.world.places) {
      p.baseAdmissionsPerDay = (p.population / 1000) * a.admissionsPerThousand * p.need / 365;
      const flow = {
        admissionsPerDay: p.baseAdmissionsPerDay,
        lengthOfStayDays: a.lengthOfStayDays,
        carePackageShare: a.carePackageShare,
        acceptanceDays: c.acceptanceDays,
        packageDays: a.carePackageMonths * 365 / 12,
        packageCapacity: Infinity,
      };
      const ss = steadyState(flow);
      p.packageCapacity = ss.packages * c.capacityHeadroom;
      p.stocks.treating = ss.treating;
      p.stocks.delayed = ss.delayed;
      p.stocks.packages = Math.min(ss.packages, p.packageCapacity);
    }
  }

  /** Runs the planning round of a financial year: envelope, shares, contracts. */
  private planYear(year: number): void {
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    this.price = Math.pow(1 + s.costs.inflation, year);
    for (let l = 0; l < LINE_COUNT; l++) this.planTrend[l] = trendIndex(s, l, year + 0.5);
    L.resetYear();
    const fy = fyLabel(s.startYear + year);
    this.auth.nhse = L.authorise(`allocation ${fy}`, 'nhsEngland', 'NHS England chief executive');
    this.auth.localGov = L.authorise(`council funding ${fy}`, 'localGovernment', 'council section 151 officer');
    this.auth.spend = Int32Array.from(w.orgs, (o) => L.authorise(`operating spend ${fy}`, o.id, o.officer));
    this.auth.allocation = Int32Array.from(w.systems, (sys) => {
      const icb = w.orgs[sys.icb]!;
      return L.authorise(`allocation ${fy} by ${s.allocation.rule} across lines`, icb.id, icb.officer);
    });
    const budgets: Float64Array[] = [];
    for (const sys of w.systems) {
      const env = envelope(s, w, sys, year);
      const allocatable = env * (1 - s.allocation.reserveShare);
      // rollForward: last year's shares carry over unchanged.
      placeBudgets(w, sys, allocatable, this.shares[sys.index]!, budgets);
    }
    const built = buildContracts(
      w,
      budgets,
      (p) => w.systems[w.places[p]!.system]!.icb,
      (org) => this.auth.allocation[w.orgs[org]!.system]!,
    );
    this.contracts = built.contracts;
    // Room for the run's monthly transfers (allocations, council funding, contracts, prescribing, costs) at once.
    if (year === 0) L.reserve(this.totalMonths * (w.systems.length + this.contracts.length + w.places.length + w.orgs.length * 2) + 1024);
    this.prescribing = built.prescribing;
    // Community spending index (real, per unit of need) drives the admissions delay.
    for (const p of w.places) {
      const real = budgets[p.index]![LI.community]! / this.price / trendIndex(s, LI.community, year);
      if (year === 0) this.baseCommunity[p.index] = real;
      this.communityIndex[p.index] = this.baseCommunity[p.index]! > 0 ? real / this.baseCommunity[p.index]! : 1;
    }
    for (const org of w.orgs) {
      if (org.kind === 'council') {
        let pop = 0;
        for (const p of w.places) if (p.council === org.index) pop += p.population;
        this.councilFunding[org.index] = Math.round(pop * s.council.fundingPerHead * 100 * Math.pow(1 + s.council.fundingGrowth, year));
      }
    }
    if (year === 0) this.setCostProfiles(budgets);
    this.planCosts(year);
  }

  /** Which lines and places each organisation serves, with first-year values as activity weights. */
  private setCostProfiles(budgets: Float64Array[]): void {
    const s = this.scenario;
    const w = this.world;
    for (const p of w.places) {
      const b = budgets[p.index]!;
      this.prescribingBase[p.index] = this.prescribing[p.index]!;
      const serve = (org: number, line: number, weight: number) => {
        const prof = this.profiles[org]!;
        prof.served.push({ place: p.index, line, weight });
        prof.weightSum += weight;
      };
      serve(p.acute, LI.acute, b[LI.acute]!);
      serve(p.community, LI.community, b[LI.community]!);
      serve(p.mentalHealth, LI.mentalHealth, b[LI.mentalHealth]!);
      serve(p.council, LI.socialCare, b[LI.socialCare]! + (this.councilFunding[p.council]! * p.population) / this.councilPopulation(p.council));
      serve(p.council, LI.prevention, b[LI.prevention]!);
      for (const pi of p.practices) serve(w.practices[pi]!.org, LI.primaryCare, 1);
    }
  }

  /**
   * The year's cost plan: every provider budgets to spend its planned
   * cost-to-income ratio (times its own efficiency) of the year's income,
   * expecting activity to follow the demand trend. Deviations from plan
   * (demand noise, delayed discharges, shocks, morale) are what produce
   * surpluses and deficits.
   */
  private planCosts(year: number): void {
    const s = this.scenario;
    const w = this.world;
    const income = new Float64Array(w.orgs.length);
    for (const c of this.contracts) income[c.provider]! += c.annual;
    for (let i = 0; i < w.orgs.length; i++) income[i]! += this.councilFunding[i]!;
    // Bed-days and packages are forecast from today's stocks, grown by half a year of demand.
    const growth = trendIndex(s, LI.acute, year + 0.5) / trendIndex(s, LI.acute, year);
    for (const prof of this.profiles) {
      prof.baseBedDays = 0;
      prof.basePackageMonths = 0;
    }
    for (const p of w.places) {
      this.profiles[p.acute]!.baseBedDays += (p.stocks.treating + p.stocks.delayed) * 365 * growth;
      this.profiles[p.council]!.basePackageMonths += p.stocks.packages * 12 * growth;
    }
    for (const o of w.orgs) {
      const kind = o.kind;
      if (kind === 'icb' || kind === 'place') continue;
      const prof = this.profiles[o.index]!;
      o.baseCost = s.costs.costToIncome[kind] * o.efficiency * income[o.index]!;
      const explicit = this.price * (prof.baseBedDays * s.acute.costPerBedDay * 100 + prof.basePackageMonths * s.council.packageCostPerMonth * 100);
      // Staff and estate are never less than a tenth of the plan.
      prof.rest = Math.max(o.baseCost - explicit, 0.1 * o.baseCost) / this.price;
    }
  }

  private councilPopCache = new Map<number, number>();
  private councilPopulation(council: number): number {
    let v = this.councilPopCache.get(council);
    if (v === undefined) {
      v = 0;
      for (const p of this.world.places) if (p.council === council) v += p.population;
      this.councilPopCache.set(council, v);
    }
    return v;
  }

  /**
   * Advances one month.
   * @returns the month's snapshot (for streaming to a chart)
   */
  step(): MonthSnapshot {
    if (this.done) throw new Error('the simulation has finished');
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    const m = this.month;
    const year = Math.floor(m / 12);
    const mo = m % 12;
    L.beginMonth(m);
    if (mo === 0) this.planYear(year);

    // 2. Demand and flows.
    drawDemand(s, w, m, this.demand);
    this.bedDays.fill(0);
    this.packageMonths.fill(0);
    const days = DAYS_IN_MONTH[mo]!;
    const flows = this.observer.beginMonth(m);
    for (const p of w.places) {
      const lag = stepDelay3(p.stocks.communityLag, this.communityIndex[p.index]!, s.acute.communityLagYears, 1 / 12);
      const communityEffect = Math.pow(Math.max(lag, 1e-6), -s.acute.communityElasticity);
      const t = stepAcuteFlow(p.stocks, {
        admissionsPerDay: p.baseAdmissionsPerDay * this.demand[p.index * LINE_COUNT + LI.acute]! * communityEffect,
        lengthOfStayDays: s.acute.lengthOfStayDays,
        carePackageShare: s.acute.carePackageShare,
        acceptanceDays: this.acceptanceDays[p.index]!,
        packageDays: (s.acute.carePackageMonths * 365) / 12,
        packageCapacity: p.packageCapacity * trendIndex(s, LI.socialCare, year),
        days,
        subStepsPerDay: s.subStepsPerDay,
      });
      this.bedDays[p.acute]! += t.bedDays;
      this.packageMonths[p.council]! += t.packageDays / days;
      flows.place(p.index, t, days, p.stocks.packages);
    }

    // 3. Money: allocations and council funding in, contracts across, costs out.
    for (const sys of w.systems) {
      L.transfer(w.external.nhsEngland, sys.icb, monthlyInstalment(envelope(s, w, sys, year), mo), 'allocation', this.auth.nhse);
    }
    for (const o of w.orgs) {
      const f = this.councilFunding[o.index]!;
      if (f > 0) L.transfer(w.external.localGovernment, o.index, monthlyInstalment(f, mo), 'councilFunding', this.auth.localGov);
    }
    for (const c of this.contracts) {
      const pay = monthlyInstalment(c.annual, mo);
      const kind = w.orgs[c.provider]!.kind;
      const reason = kind === 'practice' ? 'capitation' : kind === 'council' ? 'section75' : 'contract';
      L.transfer(c.commissioner, c.provider, pay, reason, c.auth);
      flows.spend(c.byLine, pay / c.annual);
    }
    for (const p of w.places) {
      const cost = Math.round((this.prescribingBase[p.index]! / 12) * this.price * this.demand[p.index * LINE_COUNT + LI.prescribing]!);
      const payer = w.systems[p.system]!.icb;
      L.transfer(payer, w.external.suppliers, cost, 'prescribing', this.auth.spend[payer]!);
      flows.spendLine(LI.prescribing, cost);
    }
    for (const o of w.orgs) {
      if (o.kind === 'icb' || o.kind === 'place') continue;
      const pr = w.practiceOfOrg[o.index]!;
      const noise = pr >= 0 ? lognormal(w.practices[pr]!.rng, s.demand.noise) : 1;
      const cost = monthlyCost(s, w, o.index, this.profiles[o.index]!, this.demand, this.planTrend, this.price, this.bedDays[o.index]!, this.packageMonths[o.index]!, noise);
      L.transfer(o.index, w.external.suppliers, Math.round(cost), o.kind === 'council' ? 'carePackages' : 'staffAndGoods', this.auth.spend[o.index]!);
    }

    L.audit();
    const snap = this.observer.endMonth(m, L);
    if (mo === 11) closeYear(s, w, L, year, this.years);
    this.month++;
    return snap;
  }

  /** Runs to the end and returns the result. */
  run(): RunResult {
    while (!this.done) this.step();
    return this.result();
  }

  /** The result of the months run so far. */
  result(): RunResult {
    const w = this.world;
    const s = this.scenario;
    return {
      meta: {
        icsim: VERSION,
        scenario: s.name,
        scenarioHash: hashString(JSON.stringify(s)),
        seed: this.seed,
        years: this.totalMonths / 12,
        startYear: s.startYear,
        organisations: w.orgs.length,
      },
      summary: summarise(s, w, this.ledger, this.years, this.observer),
      organisations: w.orgs.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        system: w.systems[o.system]!.id,
        place: o.place >= 0 ? w.places[o.place]!.id : '',
      })),
      years: this.years,
      series: this.observer.series(),
    };
  }
}

/** Runs a validated scenario from start to end. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  return new Simulation(scenario, options).run();
}
