/**
 * The scenario format: one zod schema that defines every field, its default
 * and its allowed range. `models/scenario.schema.json` is generated from it
 * (`npm run schema`) so editors can autocomplete scenario files.
 *
 * Every default has a source in docs/SOURCES.md.
 */
import { z } from 'zod';
import { LINES, type Line } from './lines.ts';
import { yearlySchema } from './yearlySchema.ts';
import { PLACE_PROVIDER_KINDS, PROVIDER_KINDS, TRUST_KINDS, type ProviderKind, type TrustKind } from './orgKinds.ts';
import { EVENT_TYPES, eventDescriptor } from './eventTypes.ts';

const id = z
  .string()
  .min(1)
  .max(80)
  // No ':', which joins a system's id to the ids inside it (idCollisions.ts): "ics" + "north:q" and "ics:north" + "q" would both be "ics:north:q".
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits and _ . - only (":" is kept for joining a system\u2019s id to the ids inside it)');

const num = (min: number, max: number, def: number, description: string) =>
  z.number().min(min).max(max).default(def).meta({ description });
const int = (min: number, max: number, def: number, description: string) =>
  z.number().int().min(min).max(max).default(def).meta({ description });

/** Shares per service line: each in [0, 1], summing to 1. */
function sharesSchema(defaults: Record<Line, number>, description: string) {
  const shape = {} as Record<Line, z.ZodDefault<z.ZodNumber>>;
  for (const l of LINES) shape[l] = z.number().min(0).max(1).default(defaults[l]);
  return z
    .strictObject(shape)
    .prefault(defaults)
    .meta({ description })
    .superRefine((v, ctx) => {
      const sum = LINES.reduce((s, l) => s + (v as Record<Line, number>)[l], 0);
      if (Math.abs(sum - 1) > 1e-6) {
        ctx.addIssue({ code: 'custom', message: `shares must sum to 1 (they sum to ${+sum.toFixed(6)})` });
      }
    });
}

function perLine(defaults: Record<Line, number>, min: number, max: number, description: string) {
  const shape = {} as Record<Line, z.ZodDefault<z.ZodNumber>>;
  for (const l of LINES) shape[l] = z.number().min(min).max(max).default(defaults[l]);
  return z.strictObject(shape).prefault(defaults).meta({ description });
}

function perLineYearly(defaults: Record<Line, number>, min: number, max: number, description: string) {
  const shape = {} as Record<Line, ReturnType<typeof yearlySchema>>;
  for (const l of LINES) shape[l] = yearlySchema(min, max, defaults[l], `${description}: ${l}`);
  return z.strictObject(shape).prefault(defaults).meta({ description });
}

/** Default shares of an ICB envelope by line (docs/ODD.md §2.2; docs/SOURCES.md). */
export const DEFAULT_SHARES: Record<Line, number> = {
  acute: 0.52,
  community: 0.09,
  mentalHealth: 0.1,
  primaryCare: 0.11,
  prescribing: 0.08,
  socialCare: 0.06,
  prevention: 0.04,
};

const placeSchema = z.strictObject({
  id,
  name: z.string().optional(),
  population: z.number().int().min(1).max(20_000_000).meta({ description: 'Resident population' }),
  need: num(0.5, 2, 1, 'Need index relative to the national average (weights demand and need-based allocation)'),
  activityRate: num(0.5, 1.5, 1, 'Acute activity of the place relative to what its need-based allocation funds (1 = as the formula expects; below 1 the place uses less hospital care than it is funded for)'),
  pcns: z.array(id).min(1).meta({ description: 'Ids of the PCNs in this place' }),
  council: id.meta({ description: 'Id of the council with social care duties for this place' }),
  acute: id.meta({ description: 'Id of the acute or integrated trust serving this place' }),
  community: id.meta({ description: 'Id of the community (or integrated, or mental health) trust providing community services' }),
  mentalHealth: id.meta({ description: 'Id of the mental health trust serving this place' }),
});

const pcnSchema = z.strictObject({
  id,
  name: z.string().optional(),
  population: z.number().int().min(1).max(2_000_000).optional().meta({
    description: 'Registered patients; when absent the place population is split evenly between its PCNs',
  }),
  practiceCount: int(1, 100, 5, 'Practices to generate when none are listed for this PCN'),
});

const practiceSchema = z.strictObject({
  id,
  name: z.string().optional(),
  pcn: id.meta({ description: 'Id of the PCN the practice belongs to' }),
  list: z.number().int().min(100).max(200_000).meta({ description: 'Registered list size' }),
  gpFte: z.number().min(0.1).max(100).optional().meta({ description: 'GP full-time equivalents; default list / practice.patientsPerGpFte' }),
});

const trustSchema = z.strictObject({
  id,
  name: z.string().optional(),
  kind: z.enum(PLACE_PROVIDER_KINDS),
  start: z.number().min(-0.3).max(0.3).optional().meta({ description: 'This trust\u2019s underlying (recurrent) position at the start, share of income (overrides finance.start for its kind)' }),
});

const councilSchema = z.strictObject({
  id,
  name: z.string().optional(),
});

/** One integrated care system listed explicitly. */
export const systemSchema = z.strictObject({
  id,
  name: z.string().optional(),
  places: z.array(placeSchema).min(1),
  pcns: z.array(pcnSchema).min(1),
  practices: z.array(practiceSchema).default([]),
  trusts: z.array(trustSchema).min(1),
  councils: z.array(councilSchema).min(1),
  region: z.string().min(1).optional().meta({ description: 'The NHS region the system belongs to (results are also reported by region)' }),
  startOffset: z.number().min(-0.1).max(0.1).default(0).meta({ description: 'Added to the starting underlying position (share of income) of every trust of this system that has no position of its own: its region\u2019s circumstances against the national figure' }),
});

/** Counts and distributions from which systems are generated (seeded). */
export const generateSchema = z.strictObject({
  systems: int(1, 200, 42, 'Number of ICSs'),
  population: int(10_000, 200_000_000, 57_690_000, 'Total population across all systems (England mid-2023: 57.69 million, ONS)'),
  places: int(1, 2000, 175, 'Places (place-based partnerships) in total'),
  pcns: int(1, 10_000, 1250, 'Primary care networks in total'),
  practices: int(1, 50_000, 6200, 'GP practices in total'),
  councils: int(1, 1000, 153, 'Councils with adult social care duties in total'),
  trusts: z
    .strictObject({
      acute: int(0, 1000, 135, 'Acute trusts'),
      community: int(0, 1000, 14, 'Community trusts'),
      mentalHealth: int(0, 1000, 47, 'Mental health trusts'),
      integrated: int(0, 1000, 13, 'Integrated acute and community trusts'),
    })
    .default({ acute: 135, community: 14, mentalHealth: 47, integrated: 13 }),
  sizeSpread: num(0, 1.5, 0.45, 'Log-normal sigma of system sizes (places use 0.6 of it; practices use practice.listSpread)'),
  needSpread: num(0, 0.5, 0.1, 'Standard deviation of place need indices around 1'),
  regions: z
    .array(
      z.strictObject({
        name: z.string().min(1).meta({ description: 'Region name' }),
        systems: int(1, 200, 1, 'How many of the generated systems belong to this region (systems are assigned in order)'),
        startOffset: num(-0.1, 0.1, 0, 'Added to the starting underlying position (share of income) of the region\u2019s trusts, against the national figure'),
      }),
    )
    .default([])
    .meta({ description: 'NHS regions: the systems in each (adding up to generate.systems) and their trusts\u2019 starting positions against the national figure; results are reported by region' }),
});

const allocationSchema = z
  .strictObject({
    rule: z.enum(['negotiate', 'rollForward']).default('negotiate').meta({
      description: "How each year's envelope is divided across service lines. negotiate: boards bargain (governance section); rollForward: last year's shares, grown (a baseline)",
    }),
    perHead: num(100, 10_000, 1730, 'ICB core allocation per head of population in the year before startYear, the starting outturn (GBP); the first simulated year grows it by its own growth and inflation'),
    growthRate: yearlySchema(-0.2, 0.3, 0.03, 'Real growth of the allocation per year'),
    reserveShare: num(0, 0.1, 0.005, 'Share of the envelope the ICB holds back as a contingency reserve'),
    shares: sharesSchema(DEFAULT_SHARES, 'Share of the envelope per service line in the first year'),
  })
  .prefault({});


function perProviderKind(defaults: Record<ProviderKind, number>, min: number, max: number, description: string) {
  const shape = {} as Record<ProviderKind, z.ZodDefault<z.ZodNumber>>;
  for (const k of PROVIDER_KINDS) shape[k] = z.number().min(min).max(max).default(defaults[k]);
  return z.strictObject(shape).prefault(defaults).meta({ description });
}

function perTrustKind(defaults: Record<TrustKind, number>, min: number, max: number, description: string) {
  const shape = {} as Record<TrustKind, z.ZodDefault<z.ZodNumber>>;
  for (const k of TRUST_KINDS) shape[k] = z.number().min(min).max(max).default(defaults[k]);
  return z.strictObject(shape).prefault(defaults).meta({ description });
}

/** Providers' costs (docs/ODD.md §7.4): what a year's cost base is made of and how it grows. */
const costsSchema = z
  .strictObject({
    inflation: yearlySchema(-0.05, 0.3, 0.025, 'General price inflation per year (GDP deflator): uplifts the allocation to cash terms'),
    payAward: yearlySchema(-0.05, 0.3, 0.045, 'Pay award per year for NHS and practice staff (uplifts the pay part of every cost base)'),
    nonPayInflation: yearlySchema(-0.05, 0.3, 0.025, 'Inflation of non-pay costs per year (drugs, supplies, clinical negligence premiums)'),
    payShare: perProviderKind(
      { acute: 0.62, community: 0.72, mentalHealth: 0.74, integrated: 0.64, practice: 0.7, council: 0.3 },
      0,
      1,
      'Pay as a share of operating cost (the rest is non-pay), per kind',
    ),
    estateShare: perProviderKind(
      { acute: 0.06, community: 0.04, mentalHealth: 0.05, integrated: 0.06, practice: 0.05, council: 0.02 },
      0,
      0.5,
      'Estate costs (depreciation and capital charges, fixed in cash) as a share of the starting cost base, per kind',
    ),
    vacancyRate: num(0, 0.3, 0.08, 'Share of the staff establishment vacant and covered by bank and agency staff'),
    agencyPremium: num(0, 3, 0.35, 'Extra cost of a post covered by bank or agency staff, as a share of substantive pay'),
    moraleVacancies: num(0, 1, 0.3, 'Extra vacancy rate per unit of morale lost (staff leave when morale falls)'),
    spread: num(0, 0.2, 0.012, 'Standard deviation, across organisations of a kind, of the starting underlying position (share of income)'),
    variableShare: num(0, 1, 0.45, 'Share of operating cost that varies with activity within a year (the rest is fixed within the year); activity above plan is staffed by bank and agency staff at the agency premium'),
    surgeCapacity: num(0.05, 1, 0.25, 'Most activity above plan, as a share of planned activity in a month, that bank and agency staff can cover: staff are finite, so work beyond it is not done (patients wait) and costs nothing'),
    activityCostElasticity: num(0.5, 1.2, 0.9, 'Growth of a provider\u2019s operating cost base per unit of growth in the activity it plans to serve, from one year to the next (staff and supplies per case; the estate is fixed)'),
  })
  .prefault({});

/** Providers' income (docs/ODD.md §7.4): contracts at a national price and income from outside the ICB. */
const incomeSchema = z
  .strictObject({
    costUplift: yearlySchema(-0.05, 0.3, 0.037, 'National price: cost uplift factor per year'),
    efficiencyFactor: yearlySchema(0, 0.1, 0.02, 'National price: efficiency factor per year (taken off the cost uplift)'),
    activityShare: perTrustKind(
      { acute: 0.3, community: 0, mentalHealth: 0, integrated: 0.3 },
      0,
      1,
      'Share of a trust\u2019s ICB contract paid per unit of activity at the national price (the rest is a block fixed in the planning round)',
    ),
    marginalRate: num(0, 1.5, 0.75, 'Share of the national price paid for activity above plan'),
    otherIncome: perTrustKind(
      { acute: 0.9, community: 0.3, mentalHealth: 0.3, integrated: 0.8 },
      0,
      3,
      'Income from outside the ICB contracts (specialised services, education and training, other), as a multiple of the ICB contract income at the start, per kind; activity-based at the national price',
    ),
    electiveDisplacement: num(0, 1, 0.5, 'Share of delayed-discharge bed-days that displace elective work that would have earned income'),
    electiveShare: num(0.05, 1, 0.3, 'Share of a trust\u2019s acute contract that pays for elective work that needs a bed: the most that delayed discharges can displace'),
  })
  .prefault({});

const demandSchema = z
  .strictObject({
    growth: perLineYearly(
      { acute: 0.025, community: 0.025, mentalHealth: 0.03, primaryCare: 0.02, prescribing: 0.04, socialCare: 0.03, prevention: 0.01 },
      -0.2,
      0.3,
      'Real growth of activity per year, per line',
    ),
    seasonality: num(0, 0.5, 0.08, 'Amplitude of the winter peak (fraction of mean), peaking in January'),
    noise: num(0, 0.5, 0.03, 'Monthly demand noise (log-normal sigma) per place and line'),
  })
  .prefault({});

const acuteSchema = z
  .strictObject({
    admissionsPerThousand: num(1, 1000, 110, 'Emergency and overnight admissions per 1,000 people a year'),
    lengthOfStayDays: num(0.5, 60, 5.5, 'Mean stay while medically needing a bed (days)'),
    carePackageShare: num(0, 1, 0.06, 'Share of discharges that need a council care package'),
    carePackageMonths: num(0.5, 120, 18, 'Mean duration of a care package (months)'),
    costPerBedDay: num(50, 5000, 480, 'Cost of a bed-day in the year before startYear (GBP; grown each year, the first included, by the trust\u2019s input prices)'),
    communityElasticity: num(0, 2, 0.3, 'Elasticity of emergency admissions to community spending per head'),
    communityLagYears: num(0.25, 10, 2, 'Mean lag of the community effect on admissions (years, third-order delay)'),
    startOccupancy: num(0.5, 1, 0.93, 'Bed occupancy at the start: sets each acute trust\u2019s bed base (general and acute beds)'),
    maxOccupancy: num(0.9, 1.3, 1.035, 'Highest occupancy of the bed base that escalation (extra beds, corridor care) reaches; beyond it admissions are cancelled (elective work lost, with its income) rather than beds added'),
    safeOccupancy: num(0.5, 1, 0.92, 'Occupancy above which escalation beds open, staffed at a premium'),
    escalationPremium: num(0, 3, 0.5, 'Extra cost of an escalation bed-day, as a share of the cost of a bed-day'),
  })
  .prefault({});

const councilParams = z
  .strictObject({
    fundingPerHead: num(0, 5000, 300, 'Council funding of adult social care per head in the year before startYear, excluding NHS transfers (GBP); the first simulated year grows it by its own funding growth'),
    fundingGrowth: yearlySchema(-0.2, 0.3, 0.03, 'Nominal growth of council funding per year'),
    packageCostPerMonth: num(0, 20_000, 2400, 'Cost of a care package per month in the year before startYear (GBP; grown each year, the first included, by the council\u2019s input prices)'),
    acceptanceDays: num(0.1, 365, 11, 'Mean days from a patient being medically fit to the council accepting them'),
    capacityHeadroom: num(0.5, 5, 1.15, 'Care-package capacity as a multiple of steady-state need'),
    dischargeResponse: num(0, 1, 0.5, 'Share of a shortfall of care packages against this year\u2019s need (what the council\u2019s money cannot buy) that the ICB funds as hospital discharge funding, at the council\u2019s package cost'),
    dischargeCap: num(0, 0.05, 0.01, 'Most an ICB spends on discharge funding in a year, as a share of its envelope'),
  })
  .prefault({});

const practiceParams = z
  .strictObject({
    patientsPerGpFte: num(500, 5000, 2100, 'Registered patients per GP FTE when gpFte is not given'),
    listSpread: num(0, 1.5, 0.5, 'Log-normal sigma of generated list sizes'),
  })
  .prefault({});

const loanSchema = z
  .strictObject({
    enabled: z.boolean().default(true).meta({ description: 'Whether places forecasting a deficit may borrow from places forecasting a surplus' }),
    forecastMonth: int(1, 11, 9, 'Month of the financial year (0 = April) when places forecast their year end and ask for loans'),
    interestRate: num(0, 0.5, 0.02, 'Interest a year on the outstanding loan'),
    termYears: int(1, 20, 2, 'Years over which a loan is repaid in equal instalments at year ends'),
    investmentReturn: num(0, 10, 0.3, 'Net value per pound of a lender\u2019s planned invest-to-save scheme (expected savings less cost, per pound of cost)'),
    solidarity: num(0, 5, 0.5, 'Value a lender places on each pound lent to a neighbour in trouble (system duty), against its own plans'),
    defaultScale: num(0.001, 1, 0.05, 'Forecast deficit (share of income) at which a borrower is judged certain to default'),
    defaultThreshold: num(0, 1, 0.02, 'A borrower whose balance is below minus this share of income at a repayment date defaults on the rest'),
    needApproval: z.boolean().default(true).meta({ description: 'Whether a loan between places needs the ICB\u2019s approval (the ICB keeps control of transfers between places)' }),
    seekApproval: z.boolean().default(true).meta({ description: 'Whether places ask the ICB before lending; a loan made without a needed approval is an accountability breach' }),
    approvalLimit: num(0, 1, 0.05, 'The ICB approves a loan only if the borrower\u2019s forecast deficit is within this share of its income'),
  })
  .prefault({});

const interventionSchema = z
  .strictObject({
    afterDeficits: int(1, 10, 2, 'Consecutive deficit years that trigger intervention'),
    priorityReset: num(0, 1, 0.7, 'How far new leadership moves the organisation\u2019s priorities towards the ICB\u2019s'),
    withdrawDelegation: z.boolean().default(true).meta({ description: 'Whether intervention in a place withdraws its delegated budget' }),
  })
  .prefault({});

const financeSchema = z
  .strictObject({
    rule: z.enum(['autonomous', 'linked', 'icbBackstop']).default('autonomous').meta({
      description: 'autonomous: each organisation carries its own result; linked: places pool year-end results pro rata; icbBackstop: the ICB tops up deficits from its reserve and recovers them from next year',
    }),
    backstopRecoveryYears: int(1, 10, 1, 'Years over which the ICB recovers a backstop top-up from the organisation'),
    loans: loanSchema,
    intervention: interventionSchema,
    support: z
      .strictObject({
        share: yearlySchema(0, 0.05, 0, 'Non-recurrent support a year from NHS England to each system\u2019s trusts in deficit, as a share of the trusts\u2019 income (shared in proportion to deficits, at most each deficit): one-off, so it masks the underlying position for the year only'),
      })
      .prefault({}),
    breach: z
      .strictObject({
        detection: num(0, 1, 0.5, 'Probability that a loan made without a needed approval is found and investigated (the Treasury\u2019s line of sight)'),
        removeOfficer: z.boolean().default(false).meta({ description: 'Whether a proven breach removes the lender\u2019s accountable officer (a leadership reset)' }),
        suspendDelegationYears: int(0, 10, 0, 'Years a lender place loses its delegated budget after a proven breach'),
        penalty: num(0, 1, 0, 'Financial penalty on the lender after a proven breach, as a share of the loan, paid to the ICB'),
        officerRisk: num(0, 5, 1, 'Value an accountable officer puts on losing office or delegation, per pound lent without approval (weighed only when such a consequence applies)'),
      })
      .prefault({}),
    toleranceBand: num(0, 0.1, 0.005, 'Result within this share of income counts as break-even'),
    carryForward: num(0, 1, 1, 'Share of a deficit (a negative cash balance: cash support borrowed, not income) that must be repaid from later years\u2019 spending'),
    decommissionGap: num(0.2, 0.8, 0.5, 'Where an organisation\u2019s planned income covers less than (1 - this) of its planned cost, the services its commissioners no longer fund are decommissioned: its cost base (staff, estate, beds and packages) falls to income / (1 - this)'),
    repaymentYears: int(1, 20, 3, 'Years over which a negative balance (cash support) is repaid: each year\u2019s savings plan includes this fraction of it'),
    recoveryBoost: num(0, 2, 0.25, 'An organisation under a regulator\u2019s intervention (after finance.intervention.afterDeficits deficits) that is still in underlying deficit runs a recovery plan reaching this much further in savings: the achievable scale is (1 + this) times the usual (turnaround, NHS England\u2019s recovery support)'),
    savingsCapacity: num(0, 0.2, 0.04, 'Cost improvement an organisation can achieve in a year, as a share of cost (the scale at which savings plans saturate)'),
    savingsDelivery: num(0, 1, 0.8, 'Share of an achievable savings plan that is delivered'),
    nonRecurrentShare: num(0, 1, 0.35, 'Share of delivered savings that is non-recurrent (one-off: it does not lower next year\u2019s cost base)'),
    start: perProviderKind(
      { acute: -0.017, community: -0.005, mentalHealth: -0.008, integrated: -0.017, practice: 0.01, council: 0 },
      -0.3,
      0.3,
      'Underlying (recurrent) position at the start, as a share of income, per kind: from published accounts of the starting year; it then evolves',
    ),
    moraleHit: num(0, 1, 0.1, 'Morale lost in a year in which savings run at full capacity'),
    moraleRecovery: num(0, 1, 0.5, 'Share of the gap to normal morale recovered each year'),
  })
  .prefault({});


const RULES = ['consensus', 'majority', 'executive'] as const;

const boardSchema = (defaults: { discount: number; quota: number; rules: Array<(typeof RULES)[number]>; meetingHours: number }, what: string) =>
  z
    .strictObject({
      rules: z
        .array(z.enum(RULES))
        .min(1)
        .default(defaults.rules)
        .meta({ description: `Decision rules of the ${what}, tried in order until one gives an allocation` }),
      quota: num(0.01, 1, defaults.quota, `Share of present voting weight a ${what} majority needs (more than this share)`),
      discount: num(0, 1, defaults.discount, `Discount factor of ${what} members between bargaining rounds (Baron-Ferejohn)`),
      meetingHours: num(0, 100, defaults.meetingHours, `Hours a month a ${what} meeting takes from each member`),
    })
    .prefault({});

/** Priorities (value of a pound per line) of a kind of board member. */
const prioritySchema = (d: Record<Line, number>, who: string) => perLine(d, 0, 10, `Priorities of ${who}: value of a pound in each line`);

const governanceSchema = z
  .strictObject({
    devolution: z
      .strictObject({
        mode: z.enum(['centralised', 'delegated', 'leadProvider']).default('centralised').meta({
          description: 'centralised: the ICB board decides and places advise; delegated: places decide a share of the budget; leadProvider: a provider decides the place share',
        }),
        share: num(0, 1, 0.5, 'Share of the envelope delegated to places (delegated and leadProvider modes)'),
        leadProvider: z.enum(['community', 'acute', 'federation']).default('community').meta({
          description: 'Who holds the place budget in leadProvider mode: its community or acute trust, or a GP federation (a managed-care organisation, seed 001)',
        }),
        adviceWeight: num(0, 5, 0.3, 'Recognition weight of a place board\u2019s advice in the ICB negotiation under centralised rules'),
        contested: z.boolean().default(false).meta({
          description: 'Whether the ICB board decides the delegated share each year (seed 002: "push for as much as possible to be devolved"); when false the share and mode are fixed inputs',
        }),
        maxStep: num(0, 1, 0.1, 'Largest change of the delegated share in a year when it is contested'),
        maxShare: num(0, 1, 0.8, 'Largest delegated share the ICB board can grant when it is contested'),
        positions: z
          .strictObject({
            icb: num(-1, 1, -0.5, 'ICB executives\u2019 position on delegation (-1 against, +1 for, 0 indifferent; under Nash bargaining only the sign matters)'),
            nonExecutive: num(-1, 1, 0, 'Independent non-executives\u2019 position on delegation'),
            trust: num(-1, 1, -1, 'Trusts\u2019 position on delegation'),
            council: num(-1, 1, 1, 'Councils\u2019 position on delegation'),
            gp: num(-1, 1, 1, 'General practice\u2019s position on delegation'),
            voluntary: num(-1, 1, 0.5, 'The voluntary sector\u2019s position on delegation'),
          })
          .prefault({}),
      })
      .prefault({}),
    gp: z
      .strictObject({
        mode: z.enum(['fragmented', 'pcn', 'unified', 'unified+executive']).default('pcn').meta({
          description: 'How general practice organises its voice: fragmented (PCNs and LMC separately), pcn (PCN CDs only), unified (a GP leadership group), unified+executive',
        }),
        level: z.enum(['place', 'ics']).default('place').meta({ description: 'Level at which the GP leadership group forms (seed 002: local works better)' }),
        attend: z.boolean().default(true).meta({ description: 'Whether GP representatives try to attend place and ICB boards at all' }),
        practiceSpread: num(0, 2, 0.35, 'Log-normal sigma of practice priorities around the GP profile'),
        placeSpread: num(0, 2, 0.3, 'Log-normal sigma of a place-wide component of practice priorities (why ICS-wide groups are less cohesive)'),
        stubbornness: num(0, 1, 0.15, 'Weight each member keeps on its own starting position at every meeting (Friedkin-Johnsen anchoring)'),
        convergence: num(0, 1, 0.35, 'Share of the gap to the group mean closed at a meeting of a small group'),
        groupSizeScale: num(1, 1000, 6, 'Group size at which convergence halves'),
        agreementThreshold: num(0, 1, 0.7, 'Cohesion a GP leadership group needs to carry one common position; below it GP speaks as separate PCNs'),
        contradictionThreshold: num(0, 2, 0.06, 'Distance between LMC and PCN positions above which GP contradicts itself'),
        contradictionPenalty: num(0, 1, 0.6, 'Share of GP recognition lost when it contradicts itself'),
        cdHours: num(0, 200, 6, 'Hours a month a PCN clinical director has for meetings'),
        lmcHours: num(0, 200, 10, 'Hours a month the LMC representative has for meetings'),
        substituteHours: num(
          0,
          200,
          6,
          'Unified modes: hours a month other GP leaders (LMC chair, federation lead) can spend taking absent clinical directors\u2019 seats at a place board; each seat covered costs one place board meeting',
        ),
        cohesionScale: num(0.01, 1, 0.25, 'Spread of positions (list-weighted mean distance from the group mean, half the L1 distance) at which cohesion falls to 0'),
        partnerSystemWeight: num(0, 1, 0.5, 'Without a GP leadership group speaking at system level, the weight the ICB\u2019s primary care partner member (appointed, not a delegate) gives the ICB\u2019s priorities; the rest goes to practices\u2019'),
        systemLeadsInGroup: z.boolean().default(false).meta({ description: 'Whether system clinical leads are core members of the GP leadership group (seed 003)' }),
        systemLeads: int(0, 20, 2, 'System clinical leads who are GPs, per system'),
        systemLeadPull: num(0, 1, 0.6, 'How far system clinical leads\u2019 positions are pulled towards the ICB\u2019s'),
        executive: z
          .strictObject({
            clinicalHours: num(0, 500, 0, 'Clinical leadership hours a month the GP executive adds (spread over GP representatives)'),
            management: num(0, 1, 0, 'Dedicated management capacity of the executive (0 none, 1 a full team)'),
            feedback: num(0, 1, 0.5, 'Strength of feedback from the executive to practices (1 keeps the common position tied to practices)'),
            concentration: num(0, 10, 2, 'Extra weight of executive members\u2019 own positions in the common position without feedback'),
            fullHours: num(1, 500, 40, 'Clinical hours a month that make a full executive (as management capacity 1) when weighing how far it concentrates power'),
            funding: z.enum(['existingRoles', 'practiceLevy', 'systemFunded']).default('practiceLevy').meta({
              description:
                'Who pays for the executive (seed 004): existingRoles (its hours are taken from the LMC chair and lead clinical directors, who then have less time for boards), practiceLevy (practices pay a levy, up to what they will pay), systemFunded (the ICB pays, and the executive leans towards the ICB)',
            }),
            costPerHour: num(0, 1000, 110, 'Cost of an hour of GP clinical leadership time (GBP, first year)'),
            managementCost: num(0, 2_000_000, 150_000, 'Cost a year of a full management team (management capacity 1; GBP, first year)'),
            levyCap: num(0, 0.1, 0.005, 'Largest levy practices will pay for their executive, as a share of their income; an executive that costs more is scaled down'),
            fromLmc: num(0, 1, 0.5, 'With existingRoles: share of the executive hours taken from the LMC chair (the rest from lead clinical directors)'),
            systemPull: num(0, 1, 0.3, 'With systemFunded: how far the executive pulls the common position towards the ICB\u2019s priorities, at full strength'),
          })
          .prefault({}),
        relationships: num(0, 3, 1, 'Relationships with other local leaders (multiplies GP recognition)'),
      })
      .prefault({}),
    attendance: z
      .strictObject({
        elasticity: num(0, 5, 1.5, 'How steeply attendance falls once meeting load exceeds available hours'),
        gplgHours: num(0, 100, 3, 'Hours a month of GP leadership group meetings'),
        pcnHours: num(0, 100, 4, 'Hours a month of PCN business meetings for a clinical director'),
        organisation: num(0, 1, 0.95, 'Probability that a single-leadership organisation (trust, council, ICB, voluntary sector) is represented at a board meeting: it can always send someone'),
        smoothing: num(0, 1, 0.25, 'Weight of this month\u2019s attendance in a clinical director\u2019s running attendance rate (exponential smoothing; the rest stays on last month\u2019s rate)'),
        recognitionFloor: num(0, 1, 0.05, 'Lowest attendance rate counted in a GP representative\u2019s recognition: a seat that rarely attends keeps some voice'),
      })
      .prefault({}),
    icbBoard: boardSchema({ discount: 0.95, quota: 0.5, rules: ['consensus', 'majority', 'executive'], meetingHours: 4 }, 'ICB board'),
    placeBoard: boardSchema({ discount: 0.95, quota: 0.5, rules: ['consensus', 'majority', 'executive'], meetingHours: 3 }, 'place board'),
    maxChange: num(0, 1, 0.05, 'Largest change of a line in a year, as a share of last year\u2019s amount rolled forward'),
    floorLines: z
      .array(z.enum(LINES))
      .default(['mentalHealth', 'prescribing', 'primaryCare'])
      .meta({
        description:
          'Lines whose share of the envelope a board cannot cut: mental health (the mental health investment standard), prescribing (demand-led: cutting its budget does not cut its cost) and primary care (the primary medical care allocation is ring-fenced)',
      }),
    recognition: z
      .strictObject({
        trust: num(0, 10, 1.5, 'Recognition (agenda-setting) weight of a trust representative: single leadership, executive teams'),
        council: num(0, 10, 1.3, 'Recognition weight of a council representative'),
        icb: num(0, 10, 1.5, 'Recognition weight of ICB executives and the place accountable officer'),
        nonExecutive: num(0, 10, 0.8, 'Recognition weight of independent non-executives'),
        gp: num(0, 10, 1.0, 'Base recognition weight of a GP representative, before cohesion, attendance and contradiction'),
        executiveBoost: num(0, 10, 1.0, 'Extra GP recognition per unit of executive management capacity'),
        voluntary: num(0, 10, 0.5, 'Recognition weight of the voluntary sector seat'),
      })
      .prefault({}),
    priorities: z
      .strictObject({
        icb: prioritySchema({ acute: 0.9, community: 1.05, mentalHealth: 1.05, primaryCare: 1.0, prescribing: 0.85, socialCare: 1.0, prevention: 1.15 }, 'the ICB executive and non-executives'),
        acute: prioritySchema({ acute: 1.6, community: 0.6, mentalHealth: 0.5, primaryCare: 0.5, prescribing: 0.5, socialCare: 0.9, prevention: 0.4 }, 'acute trusts'),
        community: prioritySchema({ acute: 0.5, community: 1.6, mentalHealth: 0.7, primaryCare: 0.8, prescribing: 0.4, socialCare: 0.9, prevention: 0.8 }, 'community trusts'),
        mentalHealth: prioritySchema({ acute: 0.4, community: 0.8, mentalHealth: 1.6, primaryCare: 0.6, prescribing: 0.4, socialCare: 0.8, prevention: 0.8 }, 'mental health trusts'),
        council: prioritySchema({ acute: 0.3, community: 0.9, mentalHealth: 0.7, primaryCare: 0.5, prescribing: 0.3, socialCare: 1.7, prevention: 1.4 }, 'councils'),
        practice: prioritySchema({ acute: 0.4, community: 1.1, mentalHealth: 0.7, primaryCare: 1.7, prescribing: 0.7, socialCare: 0.6, prevention: 0.8 }, 'general practice (the mean practice)'),
        lmcBias: prioritySchema({ acute: 1, community: 0.8, mentalHealth: 1, primaryCare: 1.45, prescribing: 1, socialCare: 0.9, prevention: 0.8 }, 'the LMC relative to practices (multiplier: core contract first)'),
        voluntary: prioritySchema({ acute: 0.4, community: 1.0, mentalHealth: 1.2, primaryCare: 0.6, prescribing: 0.3, socialCare: 1.2, prevention: 1.4 }, 'the voluntary sector'),
      })
      .prefault({}),
    leaders: z
      .strictObject({
        place: z
          .strictObject({
            appointment: z.enum(['appointed', 'elected']).default('appointed').meta({ description: 'How place boards\u2019 leaders come to office (seed 000: "appointed or elected")' }),
            background: z.enum(['managerial', 'clinical']).default('managerial').meta({ description: 'Place boards\u2019 leaders\u2019 background (seed 000: "clinical or managerial")' }),
          })
          .prefault({}),
        gplg: z
          .strictObject({
            appointment: z.enum(['elected', 'appointed']).default('elected').meta({ description: 'How the GP leadership group\u2019s chair comes to office: elected by practices or appointed by the ICB' }),
          })
          .prefault({}),
        appointedLean: num(0, 1, 0.2, 'How far a leader appointed by the ICB leans the position it carries towards the ICB\u2019s priorities'),
        electedMandate: num(0, 1, 0.2, 'How far an elected place leader\u2019s priorities lean from the ICB\u2019s towards what the place\u2019s practices want (a local mandate)'),
        clinicalTrust: num(0, 2, 0.2, 'Extra recognition of general practice at place boards led by a clinician (practices trust a clinical leader)'),
        managerialControl: num(0, 1, 0.1, 'How much more of an achievable savings plan providers deliver under managerial place leadership than clinical (a share of the delivery rate)'),
        tenureYears: z
          .strictObject({
            appointed: num(1, 15, 3, 'Mean years an appointed place leader stays in post (a leader changes each April with probability 1 / this)'),
            elected: num(1, 15, 4, 'Mean years an elected place leader stays in post (a term, with re-election not assumed)'),
          })
          .prefault({}),
        turnoverLoss: num(0, 1, 0.5, 'Share of what its leader brings general practice (a clinician\u2019s trust, an elected mandate) that a place board loses in a new leader\u2019s first year'),
      })
      .prefault({}),
    nonExecutives: int(0, 20, 4, 'Independent non-executive members of the ICB board (chair included)'),
    icbExecutives: int(1, 20, 3, 'ICB executive members (chief executive, finance and medical directors)'),
    voluntarySeat: z.boolean().default(true).meta({ description: 'Whether place boards have a voluntary sector seat' }),
    contracts: z
      .strictObject({
        bargaining: z.boolean().default(true).meta({ description: 'Whether contract values are bargained (Nash) between the commissioner\u2019s offer and the provider\u2019s cost forecast' }),
        commissionerHeadroom: num(0, 0.1, 0.02, 'Most a commissioner will plan to overspend to settle contracts, as a share of its contract offers, on top of its contingency reserve (assumption: ICBs must plan to break even, and system deficit plans run to a few per cent at most; docs/SOURCES.md)'),
      })
      .prefault({}),
  })
  .prefault({});

/** What an event's magnitude and cost mean, kind by kind, from the table of kinds of event. */
const EVENT_MAGNITUDE = `Size: ${EVENT_TYPES.map((t) => `${eventDescriptor(t).magnitude} (${t})`).join(', ')}`;
const EVENT_COST = `One-off cost in GBP: ${EVENT_TYPES.flatMap((t) => eventDescriptor(t).cost?.meaning ?? []).join('; ')}; other kinds have no cost`;

const eventSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  name: z.string().optional(),
  month: int(0, 600, 0, 'Month of the run when the event starts (0 = April of the first year)'),
  durationMonths: int(1, 600, 12, 'How long the event lasts'),
  target: z.string().default('all').meta({ description: 'Id of the place, trust or council it hits (system-qualified or local), or "all"' }),
  magnitude: num(-1, 20, 0.1, EVENT_MAGNITUDE),
  cost: z.number().min(0).max(1e11).default(0).meta({ description: EVENT_COST }),
});

const randomEventSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  ratePerYear: num(0, 12, 0.1, 'Expected events a year per eligible target'),
  durationMonths: int(1, 600, 6, 'How long each lasts'),
  magnitude: num(-1, 20, 0.1, 'Size, as for scripted events'),
  cost: z.number().min(0).max(1e11).default(0),
});

/** The full scenario. Exactly one of `systems` or `generate` must be given. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200).default('unnamed'),
    description: z.string().max(20_000).default(''),
    sources: z.array(z.string()).default([]).meta({ description: 'Where the numbers in this file come from' }),
    seed: z.union([z.number().int().min(0), z.string().min(1).max(200)]).default(1).meta({ description: 'Default seed (overridden by --seed)' }),
    years: int(1, 50, 5, 'Years to simulate'),
    startYear: int(2000, 2100, 2024, 'Calendar year in which the first financial year starts (April)'),
    subStepsPerDay: int(1, 48, 1, 'Integration sub-steps per day for patient flows'),
    allocation: allocationSchema,
    costs: costsSchema,
    income: incomeSchema,
    demand: demandSchema,
    acute: acuteSchema,
    council: councilParams,
    practice: practiceParams,
    finance: financeSchema,
    governance: governanceSchema,
    events: z.array(eventSchema).default([]).meta({ description: 'Scripted events (docs/ODD.md §7.14)' }),
    randomEvents: z.array(randomEventSchema).default([]).meta({ description: 'Events drawn at random from their own seeded stream' }),
    eventsEnabled: z.boolean().default(true).meta({ description: 'Switch all events (scripted and random) on or off' }),
    variants: z
      .record(z.string().min(1).max(80), z.record(z.string(), z.unknown()))
      .default({})
      .meta({ description: 'Named variants: sets of overrides {"dotted.path": value} of this file\u2019s own fields (an options appraisal)' }),
    systems: z.array(systemSchema).min(1).optional().meta({ description: 'Systems listed explicitly' }),
    generate: generateSchema.optional().meta({ description: 'Generate systems from national counts' }),
  })
  .superRefine((s, ctx) => {
    if ((s.systems === undefined) === (s.generate === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['systems'], message: 'give exactly one of "systems" or "generate"' });
    }
  });

/** Every input that may be given year by year (a number, or a series keyed by financial year; src/engine/yearly.ts). */
export const YEARLY_PATHS: readonly string[] = [
  'allocation.growthRate',
  'costs.inflation',
  'costs.payAward',
  'costs.nonPayInflation',
  'income.costUplift',
  'income.efficiencyFactor',
  ...LINES.map((l) => `demand.growth.${l}`),
  'council.fundingGrowth',
  'finance.support.share',
];

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file (defaults optional); part of the engine's public types (index.ts). @public */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** One explicitly listed system. */
export type SystemSpec = z.output<typeof systemSchema>;
/** Generation settings. */
export type GenerateSpec = z.output<typeof generateSchema>;
