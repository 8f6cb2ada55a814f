/**
 * The Sensitivity panel's part of the page's state (sensitivityPanel.ts
 * shows it): a module of types, so that the store and the panel both read
 * them without importing each other.
 */
import type { RangedParameter } from '../sweep/parameterSpace.ts';
import type { MorrisScreenPlan } from './morrisScreen.ts';

/** A finished screen: its design, each point's flattened summaries by replication, and how to name it. */
export interface Screen {
  plan: MorrisScreenPlan;
  rows: ReadonlyArray<ReadonlyArray<Record<string, number>>>;
  model: string;
  seconds: number;
  /** The day it ran (YYYY-MM-DD), in its provenance. */
  date: string;
}

/** The Sensitivity panel's part of the page's state. */
export interface SensitivityState {
  /** The scenario as last validated (undefined: invalid). */
  raw: unknown;
  /** The result analysed and the set of parameters ('' for the first offered), and the screen's settings as typed. */
  metric: string;
  setId: string;
  trajText: string;
  repsText: string;
  seedText: string;
  /** The parameters of the set at the scenario's values (null: not listed yet), those ticked off, and whether listing found the scenario invalid. */
  listed: readonly RangedParameter[] | null;
  unticked: readonly string[];
  listInvalid: boolean;
  running: boolean;
  done: number;
  total: number;
  status: string;
  /** The error beside the Run screen button (null: none). */
  error: string | null;
  /** What `#sensitivity[data-state]` says: '' before a screen, then running, done, cancelled or failed. */
  phase: '' | 'running' | 'done' | 'cancelled' | 'failed';
  /** The screen shown, and the settings it ran for (null: none, or one running). */
  screen: Screen | null;
  shownKey: string | null;
}
