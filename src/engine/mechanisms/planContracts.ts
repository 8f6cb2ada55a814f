/**
 * Budgets to contracts (docs/ODD.md §7.5): the year's central and delegated
 * budgets become contracts with providers, less the part of acute care paid
 * per unit of activity at the national price (docs/MODEL.md §4.9), which is set in the
 * first year from each place's acute trust's kind.
 */
import type { YearBudgets } from '../boards/planAllocation.ts';
import { fyLabel } from '../calendar.ts';
import { contractOffers } from '../contractBargaining.ts';
import { buildContracts } from '../contracts.ts';
import { LINES } from '../lines.ts';
import { isTrust } from '../orgKinds.ts';
import type { RunState } from '../runState.ts';

const ACUTE = LINES.indexOf('acute');

/** The year's contracts, set on the state, and what the payment plan needs of them. */
export interface YearContracts {
  central: ReturnType<typeof buildContracts>;
  delegated: ReturnType<typeof buildContracts>;
  /** Ledger authorisation of each delegate's spending this year, by organisation. */
  delegateAuth: Map<number, number>;
}

/** Builds the year's contracts and the providers' offers. */
export function planContracts(st: RunState, year: number, yb: YearBudgets, budgets: Float64Array[]): YearContracts {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  const fy = fyLabel(s.startYear + year);
  if (year === 0) {
    st.activityShare = Float64Array.from(w.places, (p) => {
      const k = w.orgs[p.acute]!.kind;
      return isTrust(k) ? s.income.activityShare[k] : 0;
    });
    // Providers are paid for the activity the place actually has, which may differ from what its allocation funds.
    // Units are priced at the first year's national price (the price of the year before the run is 1).
    st.activityUnits = Float64Array.from(w.places, (p) => (st.activityShare[p.index]! * budgets[p.index]![ACUTE]! * p.activityRate) / st.nationalPrice);
  }
  const blockOnly = (b: Float64Array[]) =>
    b.map((v, p) => {
      const out = Float64Array.from(v);
      out[ACUTE] = v[ACUTE]! * (1 - st.activityShare[p]!);
      return out;
    });
  const central = buildContracts(
    w,
    blockOnly(yb.central),
    (p) => w.systems[w.places[p]!.system]!.icb,
    (org) => st.auth.allocation[w.orgs[org]!.system]!,
  );
  const delegateAuth = new Map<number, number>();
  const delegated = buildContracts(
    w,
    blockOnly(yb.delegated),
    (p) => yb.delegate[p]!,
    (org) => {
      let a = delegateAuth.get(org);
      if (a === undefined) {
        const o = w.orgs[org]!;
        a = L.authorise(`allocation ${fy} of the delegated budget`, o.id, o.officer);
        delegateAuth.set(org, a);
      }
      return a;
    },
  );
  st.contracts = [...central.contracts, ...delegated.contracts.filter((c) => c.commissioner >= 0)];
  st.offers = contractOffers(w, st.contracts);
  return { central, delegated, delegateAuth };
}
