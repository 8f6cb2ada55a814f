/**
 * Control descriptions read from the scenario's JSON Schema (generated from
 * the zod schema) for the paths in KEY_PARAMETERS: type, range, default,
 * choices and description. Nothing here names a scenario field, so a new
 * key parameter needs only a line in `src/engine/keyParameters.ts`.
 */
import { splitPath } from '../engine/light.ts';

/** A JSON Schema node (the subset read here). */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  title?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  /** Values of a record (an object with any keys), as in a series by year. */
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
}

/**
 * How a control edits its value. `yearly`: an input by year, one number or a
 * series keyed by financial year (src/ui/yearlyControl.ts).
 */
export type ControlKind = 'number' | 'integer' | 'choice' | 'boolean' | 'text' | 'integerOrText' | 'json' | 'yearly';

/** Everything needed to draw one control. */
export interface ControlSpec {
  path: string;
  /** Readable label from the path, e.g. `Allocation: growth rate`. */
  label: string;
  description: string;
  kind: ControlKind;
  min?: number;
  max?: number;
  /** Choices of a `choice` control (as given in the schema). */
  options?: unknown[];
  default?: unknown;
  /** False when the schema has no node at this path. */
  known: boolean;
  /** Of a `yearly` control: the schema's default first year, for a scenario that does not give `startYear`. */
  startYear?: number;
}

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 20; i++) {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(n.$ref);
    if (!m) return n;
    const defs = (m[1] === '$defs' ? root.$defs : root.definitions) ?? {};
    const target: SchemaNode | undefined = defs[decodeURIComponent(m[2]!)];
    if (!target) return n;
    const { $ref: _r, ...rest } = n;
    void _r;
    n = { ...target, ...rest };
  }
  return n;
}

/** Alternatives of a node (anyOf/oneOf), resolved. */
function alternatives(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const alts = node.anyOf ?? node.oneOf;
  return alts ? alts.map((a) => resolve(root, a)!).filter(Boolean) : [node];
}

/** The schema node at a dotted path, following properties, items, anyOf and $ref. */
export function schemaAt(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root, root);
  for (const seg of splitPath(path)) {
    if (!node) return undefined;
    const candidates: SchemaNode[] = alternatives(root, node);
    let next: SchemaNode | undefined;
    for (const c of candidates) {
      if (typeof seg === 'number' && c.items) next = resolve(root, c.items);
      else if (typeof seg === 'string' && c.properties?.[seg]) next = resolve(root, c.properties[seg]);
      if (next) break;
    }
    node = next;
  }
  return node;
}

const words = (s: string) =>
  s
    .replace(/\[(\d+)\]/g, ' $1')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

/** Plain-English labels of the key parameters (a path not listed gets a label made from its name). */
export const PLAIN_LABELS: Readonly<Record<string, string>> = {
  seed: 'Random seed',
  years: 'Years to simulate',
  'allocation.rule': 'How the budget is divided across services',
  'governance.devolution.mode': 'Who decides the budget (devolution)',
  'governance.devolution.share': 'Share of the budget delegated to places',
  'governance.gp.mode': 'How general practice organises its voice',
  'governance.gp.level': 'Where the GP leadership group forms',
  'governance.gp.attend': 'GP representatives attend boards',
  'governance.gp.cdHours': 'Meeting hours a month per PCN clinical director',
  'governance.gp.systemLeadsInGroup': 'System clinical leads in the GP leadership group',
  'governance.gp.executive.management': 'Management support for the GP executive (0 to 1)',
  'governance.gp.executive.feedback': 'Feedback from the GP executive to practices (0 to 1)',
  'governance.icbBoard.rules': 'ICB board decision rules, in order',
  'governance.leaders.tenureYears.elected': 'Years an elected place leader stays in post',
  'finance.support.share': 'NHS England one-off support to trusts in deficit (share of their income)',
  'governance.contracts.commissionerHeadroom': 'Most a commissioner overspends to settle contracts (share)',
  'governance.placeBoard.rules': 'Place board decision rules, in order',
  'finance.rule': 'Year-end finance rule',
  'finance.loans.enabled': 'Places may lend to each other',
  'finance.loans.seekApproval': 'Lending places ask the ICB first',
  eventsEnabled: 'Events (surges, closures, shocks)',
  'allocation.growthRate': 'Real growth of the budget per year',
  'costs.inflation': 'General inflation per year (turns the budget into cash)',
  'costs.payAward': 'Pay award per year',
  'income.efficiencyFactor': 'National price: efficiency factor per year',
  'council.fundingGrowth': 'Council social care funding growth per year',
  'governance.devolution.contested': 'The ICB board decides the delegated share each year',
  'governance.leaders.place.background': 'Place leaders: clinical or managerial',
  'governance.leaders.gplg.appointment': 'GP leadership group chair: elected or appointed',
  'governance.gp.executive.funding': 'Who pays for the GP executive',
  'finance.breach.removeOfficer': 'A proven breach removes the accountable officer',
  'council.acceptanceDays': 'Days for the council to accept a patient fit to leave hospital',
  'finance.toleranceBand': 'Break-even band (share of income)',
};

/** Drops references to the command line and to internal seed documents from a description. */
export function plainDescription(text: string): string {
  return text
    .replace(/\s*\((?:overridden by --[\w-]+|seed \d+(?::[^)]*)?)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable label from a path: `allocation.growthRate` → `Allocation: growth rate`. */
export function labelOf(path: string): string {
  const parts = path.split('.').map(words);
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(' ')}: ${parts[parts.length - 1]}` : parts[0]!;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const typesOf = (n: SchemaNode) => (Array.isArray(n.type) ? n.type : n.type ? [n.type] : []);

/** One number, or an object of numbers (a series by year): the JSON Schema of an input by year. */
function isYearly(root: SchemaNode, alts: readonly SchemaNode[]): boolean {
  if (alts.length !== 2) return false;
  const num = alts.find((a) => typesOf(a).includes('number'));
  const rec = alts.find((a) => typesOf(a).includes('object'));
  const values = rec && typeof rec.additionalProperties === 'object' ? resolve(root, rec.additionalProperties) : undefined;
  return !!num && !!values && typesOf(values).includes('number') && !rec?.properties;
}

/** Describes the control for one path. */
export function controlSpec(root: SchemaNode, path: string): ControlSpec {
  const node = schemaAt(root, path);
  const base = { path, label: PLAIN_LABELS[path] ?? node?.title ?? labelOf(path), description: plainDescription(node?.description ?? ''), default: node?.default, known: !!node };
  if (!node) return { ...base, kind: 'json' };
  const alts = alternatives(root, node);
  const enumValues = alts.flatMap((a) => a.enum ?? (a.const !== undefined ? [a.const] : []));
  if (enumValues.length && alts.every((a) => a.enum || a.const !== undefined)) return { ...base, kind: 'choice', options: enumValues };
  const types = new Set(alts.flatMap(typesOf));
  const ranged = alts.find((a) => typesOf(a).some((t) => t === 'number' || t === 'integer'));
  const range = {
    min: ranged?.minimum ?? ranged?.exclusiveMinimum,
    max: ranged?.maximum !== undefined && ranged.maximum < Number.MAX_SAFE_INTEGER ? ranged.maximum : undefined,
  };
  if (isYearly(root, alts)) {
    const first = schemaAt(root, 'startYear')?.default;
    return { ...base, ...range, kind: 'yearly', ...(typeof first === 'number' ? { startYear: first } : {}) };
  }
  if (types.size === 1 && types.has('boolean')) return { ...base, kind: 'boolean' };
  if (types.size === 1 && types.has('integer')) return { ...base, ...range, kind: 'integer' };
  if (types.size === 1 && types.has('number')) return { ...base, ...range, kind: 'number' };
  if (types.size === 2 && types.has('number') && types.has('integer')) return { ...base, ...range, kind: 'number' };
  if (types.has('string') && (types.has('integer') || types.has('number')) && [...types].every((t) => ['string', 'integer', 'number'].includes(t))) {
    return { ...base, ...range, kind: 'integerOrText' };
  }
  if (types.size === 1 && types.has('string')) return { ...base, kind: 'text' };
  return { ...base, kind: 'json' };
}

/** JSON when the text parses, else the text (for the schema to report). */
function parseJson(t: string): unknown {
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return t;
  }
}

/**
 * Turns a control's text into the value written at its path. Returns
 * `undefined` for an empty input (the field is removed and its default applies).
 * Out-of-range values are kept, so the schema reports them by path.
 */
export function parseControlValue(spec: ControlSpec, text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return Number.isFinite(Number(t)) ? Number(t) : t;
    case 'integerOrText':
      return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
    case 'boolean':
      return t === 'true';
    case 'choice': {
      const hit = spec.options?.find((o) => String(o) === t);
      return hit === undefined ? t : hit;
    }
    case 'yearly':
      // One number, or a series written as JSON ({"2024": 0.05, ...}).
      return Number.isFinite(Number(t)) ? Number(t) : parseJson(t);
    case 'json':
      return parseJson(t);
    default:
      return t;
  }
}

/** The text shown in a control for a value. */
export function formatControlValue(spec: ControlSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.kind === 'json' || (spec.kind === 'yearly' && typeof value === 'object')) return JSON.stringify(value);
  return String(value);
}

/** A one-line hint: range and default. */
export function hintOf(spec: ControlSpec): string {
  const parts: string[] = [];
  if (spec.description) parts.push(spec.description);
  if (spec.min !== undefined && spec.max !== undefined) parts.push(`from ${spec.min} to ${spec.max}`);
  else if (spec.min !== undefined) parts.push(`at least ${spec.min}`);
  else if (spec.max !== undefined) parts.push(`at most ${spec.max}`);
  if (spec.default !== undefined && (typeof spec.default !== 'object' || spec.default === null)) parts.push(`default ${String(spec.default)}`);
  if (!spec.known) parts.push('(not in the schema)');
  return parts.join('; ');
}
