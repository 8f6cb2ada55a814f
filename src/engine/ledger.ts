/**
 * The double-entry ledger (docs/ODD.md §7.16). Every movement of money is a
 * transfer between two accounts, in whole pence, with the month, a reason and
 * the authorisation (decision, body and accountable officer) behind it. The
 * sum over all accounts, external ones included, is zero at all times; the
 * monthly audit replays the month's transfers and stops the run, naming the
 * transfer, if any balance does not match.
 *
 * Transfers are stored column-wise in typed arrays so that a national run with
 * millions of transfers stays compact.
 */

/** Why money moved. */
export const REASONS = [
  'allocation',
  'contract',
  'capitation',
  'prescribing',
  'councilFunding',
  'section75',
  'staffAndGoods',
  'carePackages',
  'loan',
  'loanRepayment',
  'loanInterest',
  'pooling',
  'backstop',
  'backstopRecovery',
  'transitionCost',
  'investment',
  'delegation',
  'activity',
  'otherIncome',
  'breachPenalty',
  'executiveLevy',
  'executiveFunding',
  'deficitSupport',
  'dischargeFunding',
] as const;

/** One reason for a transfer. */
export type Reason = (typeof REASONS)[number];
const REASON_INDEX = Object.fromEntries(REASONS.map((r, i) => [r, i])) as Record<Reason, number>;
/**
 * Transfers that do not recur: loans and their repayment, pooling, backstop
 * top-ups and their recovery, penalties, transition costs and non-recurrent
 * deficit support. They change a year's reported result but not
 * the organisation's underlying (recurrent) position (docs/ODD.md §7.4).
 */
const ONE_OFF: ReadonlySet<Reason> = new Set<Reason>(['loan', 'loanRepayment', 'loanInterest', 'pooling', 'backstop', 'backstopRecovery', 'transitionCost', 'breachPenalty', 'deficitSupport']);
/** {@link ONE_OFF} by reason index (1 = one-off), read by every transfer. */
const ONE_OFF_BY_INDEX = Uint8Array.from(REASONS, (r) => (ONE_OFF.has(r) ? 1 : 0));

/** Who authorised a set of transfers. */
export interface Authorisation {
  /** Index in {@link Ledger.authorisations}. */
  id: number;
  /** What was decided, e.g. `contract 2025 icb:n -> acute:n1 acute`. */
  decision: string;
  /** Id of the body that took the decision (an organisation id or `external`). */
  body: string;
  /** The accountable officer who signed it. */
  officer: string;
}

/** A transfer read back from the ledger. */
export interface Transfer {
  index: number;
  from: string;
  to: string;
  /** Pounds. */
  amount: number;
  month: number;
  reason: Reason;
  decision: string;
  body: string;
  officer: string;
}

/** Raised when money would be created or lost. */
export class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerError';
  }
}

/**
 * Thrown when a run's money outgrows what the ledger counts exactly (2^53 - 1
 * pence, about £90 trillion, in one transfer or one balance). It is not a
 * break of conservation: the scenario's scale (population, unit costs,
 * growth and inflation compounded over its years, event magnitudes) is far
 * beyond any health system, and the run stops before any sum rounds.
 */
export class ScaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaleError';
  }
}

const SCALE_ADVICE =
  'the scenario\u2019s scale (population, unit costs such as acute.costPerBedDay or council.packageCostPerMonth, growth and inflation over its years, event magnitudes) is far beyond any health system; reduce it';

class GrowInt32 {
  data = new Int32Array(1024);
  length = 0;
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const next = new Int32Array(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}
class GrowFloat64 {
  data = new Float64Array(1024);
  length = 0;
  reserve(n: number): void {
    if (n <= this.data.length) return;
    const next = new Float64Array(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** The ledger of one run. Amounts are integers in pence. */
export class Ledger {
  /** Account names, index = account id. */
  readonly accounts: string[];
  /** Number of accounts that are external (sources and sinks outside the system), at the end. */
  readonly externalFrom: number;
  /** Current balance per account, pence. */
  readonly balances: Float64Array;
  /** Money received and paid this financial year, per account, pence. */
  readonly yearIn: Float64Array;
  readonly yearOut: Float64Array;
  /** Net one-off money received this financial year, per account, pence (see ONE_OFF). */
  readonly yearOneOff: Float64Array;
  readonly authorisations: Authorisation[] = [];
  private readonly fromCol = new GrowInt32();
  private readonly toCol = new GrowInt32();
  private readonly amountCol = new GrowFloat64();
  private readonly monthCol = new GrowInt32();
  private readonly reasonCol = new GrowInt32();
  private readonly authCol = new GrowInt32();
  private monthStart: Float64Array;
  private readonly delta: Float64Array;
  private monthFirstTransfer = 0;
  /** Month currently being recorded. */
  month = 0;

  /**
   * @param internal names of the organisations' accounts
   * @param external names of external accounts (funding sources, spending sinks)
   */
  constructor(
    internal: readonly string[],
    external: readonly string[],
    /** Keep every transfer for tracing (true), or only the current month's, which the audit needs (summary-only runs). */
    readonly keepHistory = true,
  ) {
    this.accounts = [...internal, ...external];
    this.externalFrom = internal.length;
    this.balances = new Float64Array(this.accounts.length);
    this.yearIn = new Float64Array(this.accounts.length);
    this.yearOut = new Float64Array(this.accounts.length);
    this.yearOneOff = new Float64Array(this.accounts.length);
    this.monthStart = new Float64Array(this.accounts.length);
    this.delta = new Float64Array(this.accounts.length);
  }

  /** Registers an authorisation and returns its id. */
  authorise(decision: string, body: string, officer: string): number {
    const id = this.authorisations.length;
    this.authorisations.push({ id, decision, body, officer });
    return id;
  }

  /** Makes room for `extra` more transfers without reallocating (a hint for speed). */
  reserve(extra: number): void {
    const n = this.size + extra;
    for (const col of [this.fromCol, this.toCol, this.monthCol, this.reasonCol, this.authCol]) col.reserve(n);
    this.amountCol.reserve(n);
  }

  /** Number of transfers recorded. */
  get size(): number {
    return this.fromCol.length;
  }

  /**
   * Moves `pence` (a non-negative integer) from one account to another.
   * Zero amounts are ignored. Anything else that is not a whole, finite,
   * non-negative number of pence between two known accounts stops the run.
   */
  transfer(from: number, to: number, pence: number, reason: Reason, auth: number): void {
    if (pence === 0) return;
    if (!Number.isInteger(pence) || pence < 0 || !Number.isFinite(pence)) {
      throw new LedgerError(`ledger: transfer #${this.size} (${this.describe(from)} -> ${this.describe(to)}, ${reason}, month ${this.month}) has an invalid amount ${pence} pence; amounts must be whole, non-negative pence`);
    }
    // Above 2^53 - 1 a double no longer holds every whole number, so sums of pence would round silently.
    if (pence > Number.MAX_SAFE_INTEGER) {
      throw new ScaleError(`money beyond exact counting: transfer #${this.size} (${this.describe(from)} -> ${this.describe(to)}, ${reason}, month ${this.month}) of £${pence / 100} exceeds the largest exact amount, ${Number.MAX_SAFE_INTEGER} pence; ${SCALE_ADVICE}`);
    }
    if (from === to || !(from >= 0 && from < this.accounts.length) || !(to >= 0 && to < this.accounts.length)) {
      throw new LedgerError(`ledger: transfer #${this.size} (${reason}, month ${this.month}) between accounts ${from} and ${to} is not between two distinct known accounts`);
    }
    if (!(auth >= 0 && auth < this.authorisations.length)) {
      throw new LedgerError(`ledger: transfer #${this.size} (${this.describe(from)} -> ${this.describe(to)}, ${reason}) names no authorisation`);
    }
    const fromAfter = this.balances[from]! - pence;
    const toAfter = this.balances[to]! + pence;
    if (Math.abs(fromAfter) > Number.MAX_SAFE_INTEGER || Math.abs(toAfter) > Number.MAX_SAFE_INTEGER) {
      throw new ScaleError(`money beyond exact counting: transfer #${this.size} (${this.describe(from)} -> ${this.describe(to)}, ${reason}, month ${this.month}) of £${pence / 100} would take a balance beyond the largest exact amount, ${Number.MAX_SAFE_INTEGER} pence; ${SCALE_ADVICE}`);
    }
    const i = this.fromCol.length;
    if (i === this.fromCol.data.length || i === this.amountCol.data.length) this.reserve(Math.max(1024, i));
    // Columns always have the same length: write them in place.
    this.fromCol.data[i] = from;
    this.toCol.data[i] = to;
    this.amountCol.data[i] = pence;
    this.monthCol.data[i] = this.month;
    const r = REASON_INDEX[reason];
    this.reasonCol.data[i] = r;
    this.authCol.data[i] = auth;
    this.fromCol.length = this.toCol.length = this.amountCol.length = this.monthCol.length = this.reasonCol.length = this.authCol.length = i + 1;
    this.balances[from] = fromAfter;
    this.balances[to] = toAfter;
    // Every transfer is income to one side and spending to the other; loans
    // between places are revenue support and count in both results (docs/ODD.md §7.14).
    this.yearOut[from]! += pence;
    this.yearIn[to]! += pence;
    if (ONE_OFF_BY_INDEX[r] === 1) {
      this.yearOneOff[from]! -= pence;
      this.yearOneOff[to]! += pence;
    }
  }

  private describe(account: number): string {
    return this.accounts[account] ?? `#${account}`;
  }

  /** Starts a month: remembers balances for the audit. */
  beginMonth(month: number): void {
    this.month = month;
    this.monthStart.set(this.balances);
    // Without history, last month's transfers (already audited) are dropped; balances and counters carry on.
    if (!this.keepHistory) {
      this.dropped += this.size;
      this.fromCol.length = this.toCol.length = this.amountCol.length = this.monthCol.length = this.reasonCol.length = this.authCol.length = 0;
    }
    this.monthFirstTransfer = this.size;
  }

  /** Transfers dropped after their month's audit (summary-only runs). */
  private dropped = 0;

  /** Number of transfers recorded over the run, kept or not. */
  get total(): number {
    return this.dropped + this.size;
  }

  /**
   * Checks conservation for the month just recorded: the replayed transfers
   * explain every balance change, and all accounts sum to zero.
   * @throws LedgerError naming the first transfer that touches a broken account
   */
  audit(): void {
    const delta = this.delta;
    delta.fill(0);
    const n = this.size;
    const from = this.fromCol.data;
    const to = this.toCol.data;
    const amt = this.amountCol.data;
    for (let i = this.monthFirstTransfer; i < n; i++) {
      delta[from[i]!]! -= amt[i]!;
      delta[to[i]!]! += amt[i]!;
    }
    let sum = 0;
    for (let a = 0; a < this.balances.length; a++) {
      sum += this.balances[a]!;
      if (this.monthStart[a]! + delta[a]! !== this.balances[a]!) {
        let culprit = -1;
        for (let i = n - 1; i >= this.monthFirstTransfer; i--) {
          if (from[i] === a || to[i] === a) culprit = i;
        }
        const gap = (this.balances[a]! - this.monthStart[a]! - delta[a]!) / 100;
        const named = culprit >= 0 ? this.describeTransfer(culprit) : 'no transfer this month touched it';
        throw new LedgerError(`ledger: money not conserved in month ${this.month}: account ${this.accounts[a]} is off by £${gap} from its transfers; first transfer touching it: ${named}`);
      }
    }
    if (sum !== 0) throw new LedgerError(`ledger: accounts sum to ${sum} pence, not zero, in month ${this.month}`);
  }

  private describeTransfer(i: number): string {
    const t = this.get(i);
    return `#${i} ${t.from} -> ${t.to} £${t.amount} (${t.reason}, month ${t.month}, "${t.decision}" by ${t.body}, signed ${t.officer})`;
  }

  /** Reads transfer `i`. */
  get(i: number): Transfer {
    if (i < 0 || i >= this.size) throw new RangeError(`no transfer #${i}`);
    const auth = this.authorisations[this.authCol.data[i]!]!;
    return {
      index: i,
      from: this.accounts[this.fromCol.data[i]!]!,
      to: this.accounts[this.toCol.data[i]!]!,
      amount: this.amountCol.data[i]! / 100,
      month: this.monthCol.data[i]!,
      reason: REASONS[this.reasonCol.data[i]!]!,
      decision: auth.decision,
      body: auth.body,
      officer: auth.officer,
    };
  }

  /** Every transfer that touches an account, in order (for tracing a balance). */
  transfersOf(account: string): Transfer[] {
    const a = this.accounts.indexOf(account);
    if (a < 0) throw new RangeError(`no account ${account}`);
    const out: Transfer[] = [];
    for (let i = 0; i < this.size; i++) if (this.fromCol.data[i] === a || this.toCol.data[i] === a) out.push(this.get(i));
    return out;
  }

  /** Pence that entered the system from external accounts, and that left to them. */
  externalTotals(): { inflow: number; outflow: number } {
    let inflow = 0;
    let outflow = 0;
    for (let a = this.externalFrom; a < this.accounts.length; a++) {
      const b = this.balances[a]!;
      if (b < 0) inflow -= b;
      else outflow += b;
    }
    return { inflow, outflow };
  }

  /** Clears the per-year income and spending counters. */
  resetYear(): void {
    this.yearIn.fill(0);
    this.yearOut.fill(0);
    this.yearOneOff.fill(0);
  }
}
