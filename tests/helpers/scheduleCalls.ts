/**
 * The functions a step of the month's schedule (`SCHEDULE`,
 * src/engine/schedule.ts) calls, read from its `run`'s source: the one
 * reading of the schedule at the grain of mechanisms, shared by the check of
 * ODD §3's table (tests/engine/schedule.test.ts) and the mechanisms' adapter
 * (tests/helpers/mechanismCall.ts), so neither keeps its own list.
 */

/** The last name of a dotted call (`st.ledger.beginMonth` → `beginMonth`). */
export const bare = (call: string): string => call.split('.').pop() ?? call;

/** The functions a step's `run` calls, in source order (however the test runner rewrote its imports). */
export function calls(run: (...args: never[]) => unknown): string[] {
  const body = run.toString();
  return [...body.matchAll(/([A-Za-z_$][\w$.]*)\)?\(/g)].map((m) => bare(m[1]!)).filter((c) => !['yearOf', 'floor'].includes(c) && !/^__vi/.test(c));
}
