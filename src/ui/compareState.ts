/**
 * The comparison of options' part of the page's state (comparePanel.ts
 * shows it): a module of types, so that the store and the panel both read
 * them without importing each other.
 */
import type { ReplicationDigest } from '../api/index.ts';

/** One option: its name (as `icsim sweep` names variants), its label and its raw scenario. */
export interface Arm {
  name: string;
  label: string;
  raw: unknown;
}

/** A comparison that ran: its options, their digests by replication, and what names it. */
export interface ComparisonShown {
  arms: readonly Arm[];
  byArm: ReadonlyArray<readonly ReplicationDigest[]>;
  n: number;
  baseline: string;
  seed: string;
  /** The command-line model argument of the scenario compared. */
  model: string;
  /** The day it was drawn (YYYY-MM-DD), in its provenance. */
  date: string;
}

/** The comparison's part of the page's state. */
export interface CompareState {
  /** The scenario as last validated (undefined: invalid). */
  raw: unknown;
  /** The scenario's variants offered as options (null: not listed yet). */
  variants: readonly string[] | null;
  /** Options ticked or cleared by the user, by value (the others are at their default). */
  checked: Readonly<Record<string, boolean>>;
  /** The setting to change ('' for the first offered), its value, the baseline and the replications, as typed. */
  settingPath: string;
  settingValue: string;
  baseline: string;
  nText: string;
  running: boolean;
  /** Replications done of the total of the comparison running (or last run). */
  done: number;
  total: number;
  status: string;
  /** The error beside the Compare button (null: none). */
  error: string | null;
  /** The comparison shown, and the settings it ran for (null: none, or one running). */
  shown: ComparisonShown | null;
  shownKey: string | null;
}
