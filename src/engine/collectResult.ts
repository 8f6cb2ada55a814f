/**
 * The result of a run so far (`RunResult`, result.ts), read from its state:
 * provenance, the summary, board power, loans, breaches, interventions,
 * devolution decisions, events, the decision log, organisations, year-end
 * accounts and the collected series. Money in pounds.
 */
import { fyLabel } from './calendar.ts';
import { hashString } from './hash.ts';
import type { RunResult } from './result.ts';
import type { RunState } from './runState.ts';
import { summarise } from './summarise.ts';
import { VERSION } from './version.ts';

/** The result of the months run so far. */
export function collectResult(st: RunState): RunResult {
  const w = st.world;
  const s = st.scenario;
  return {
    meta: {
      icsim: VERSION,
      scenario: s.name,
      scenarioHash: hashString(JSON.stringify(s)),
      seed: st.seed,
      years: st.totalMonths / 12,
      startYear: s.startYear,
      organisations: w.orgs.length,
    },
    summary: summarise(st),
    power: st.power,
    loans: st.loanBook.loans.map((l) => ({
      id: l.id,
      lender: l.lender,
      borrower: l.borrower,
      month: l.month,
      principal: l.principal / 100,
      outstanding: l.outstanding / 100,
      rate: l.rate,
      termYears: l.termYears,
      approvedBy: l.approvedBy,
      officer: l.officer,
      breach: l.breach,
      status: l.status,
      deferredInvestment: l.deferredInvestment,
    })),
    breaches: st.loanBook.cases.map((c) => ({
      loan: c.loan,
      lender: c.lender,
      month: c.month,
      fy: fyLabel(s.startYear + Math.floor(c.month / 12)),
      investigated: c.investigated,
      officerRemoved: c.officerRemoved,
      delegationSuspendedYears: c.delegationSuspended,
      penalty: c.penalty / 100,
    })),
    interventions: st.interventions,
    devolution: st.devolution.log,
    events: st.events
      .filter((e) => e.start < st.month)
      .map((e) => ({ type: e.type, name: e.name, start: e.start, end: e.end, magnitude: e.magnitude, targets: e.orgs.map((o) => w.orgs[o]!.id), scripted: e.scripted, deferred: e.deferred })),
    decisions: st.summaryOnly ? [] : st.decisions,
    organisations: w.orgs.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      system: w.systems[o.system]!.id,
      place: o.place >= 0 ? w.places[o.place]!.id : '',
    })),
    years: st.years,
    series: st.observation.series,
  };
}
