/**
 * Which of a result's decisions the decision log shows, as the page's state
 * holds it (decisionLogPanel.ts shows it; decisionLogView.ts asks for a new
 * one from its filters and pager).
 */
import type { BoardScope } from './resultFields.ts';

/** Which decisions the log shows: a kind of board, a year and a board ('' or null: all), and the page. */
export interface DecisionLogFilter {
  scope: BoardScope | '';
  year: number | null;
  board: string;
  page: number;
}

/** The log as a result opens it: every decision, the first page. */
export const ALL_DECISIONS: Readonly<DecisionLogFilter> = Object.freeze({ scope: '', year: null, board: '', page: 0 });
