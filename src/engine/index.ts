/**
 * icsim's engine: pure functions and plain data. No DOM, no Node APIs, no
 * timers, no unseeded randomness; same scenario and seed give identical results
 * wherever it runs.
 */
export { LINES, type Line, type PerLine } from './lines.ts';
export { KIND_DESCRIPTORS, KIND_LABELS, ORG_KINDS, PLACE_PROVIDER_KINDS, PROVIDER_KINDS, TRUST_KINDS, type KindDescriptor, type OrgKind, type ProviderKind, type TrustKind } from './orgKinds.ts';
export { generateSchema, scenarioSchema, type Scenario, type ScenarioInput, type SystemSpec } from './scenarioSchema.ts';
export { parseScenario, parseScenarioText, ScenarioError, type ScenarioIssue } from './parseScenario.ts';
export { setPath, getPath, splitPath, parseValue } from './setPath.ts';
export { Simulation, runScenario, type RunOptions } from './simulation.ts';
export { Ledger, LedgerError, ScaleError, type Transfer } from './ledger.ts';
export type { RunResult, Summary, YearRow, Series, OrgInfo } from './result.ts';
export type { OutcomeCounts, Outcome } from './runRecords.ts';
export type { MonthSnapshot } from './collector.ts';
export { METRICS, findMetric, metricLabelText, type Metric } from './metrics.ts';
export type { MetricScope, MetricUnit } from './metricUnits.ts';
export type { RunState } from './runState.ts';
export { VERSION } from './version.ts';
export { KEY_PARAMETERS } from './keyParameters.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.ts';
export { buildWorld, systemSpecs } from './buildWorld.ts';
export { apportion } from './apportion.ts';
export { eventTargetIds } from './events.ts';
export { powerIndices, MAX_POWER_PLAYERS } from './governance/powerIndices.ts';
export { applyVariant, variantNames } from './applyVariant.ts';
export { YEARLY_PATHS } from './scenarioSchema.ts';
export { EVENT_TYPES, eventDescriptor, type EventType } from './eventTypes.ts';
export { checkpoint, restore, type SimulationCheckpoint } from './checkpoint.ts';
export { fyLabel } from './calendar.ts';
export { growthIndex, type Yearly } from './yearly.ts';
