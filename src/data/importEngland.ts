/**
 * `npm run data:england`: builds the systems of England from the published
 * files in data/ and puts them into a model file, keeping everything else of
 * the model (its inputs by year, costs, finance, governance) as it is.
 */
import { generateSchema, parseScenario } from '../engine/index.ts';
import { buildEnglandSystems, type EnglandReport, type NationalCounts } from './buildEnglandSystems.ts';
import { councilLookup } from './councilLookup.ts';
import { DataError } from './DataError.ts';
import { formatModelJson } from './formatModelJson.ts';
import { readPracticeRows } from './readPracticeRows.ts';

/** The texts the importer reads, each with the name it is reported by. */
export interface ImportInputs {
  practices: { text: string; file: string };
  councils: { text: string; file: string };
  /** The model whose systems are replaced (its other fields are kept). */
  model: { text: string; file: string };
  /** National counts of PCNs and trusts by kind; default the generated England's (scenarioSchema.ts generate defaults). */
  counts?: NationalCounts;
}

/** Where a `sources` entry written by the importer starts, so a second import replaces it. */
export const SOURCES_PREFIX = 'Systems (npm run data:england):';

/** One line of provenance for the model's `sources`. */
function sourcesLine(r: EnglandReport, file: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
  return (
    `${SOURCES_PREFIX} ${file}, NHS England's GP-practice weighted populations for ICB allocations (github.com/nhsx/AIF_Allocation_Tool, OGL v3): ` +
    `${r.systems} ICBs, ${r.practices} of its ${r.practicesInFile} practices (${r.dropped.length} with lists under 100 left out), ` +
    `${r.registered.toLocaleString('en-GB')} registered patients (the file: ${Math.round(r.registeredInFile).toLocaleString('en-GB')}, difference ${pct(r.registered / r.registeredInFile - 1)}), ` +
    `${r.places} places (each ICB's part of an upper-tier council), ${r.councils} councils; generated: ${r.pcns} PCNs and ` +
    `${r.trusts.acute + r.trusts.integrated + r.trusts.mentalHealth + r.trusts.community} trusts (national counts by kind shared by weighted population); docs/DATA.md`
  );
}

/**
 * Builds England into the model.
 * @returns the model file's new text and what the derivation did
 * @throws DataError for a data file that cannot be read; ScenarioError when the result does not validate
 */
export function importEngland(inputs: ImportInputs): { text: string; report: EnglandReport } {
  let base: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(inputs.model.text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object');
    base = parsed as Record<string, unknown>;
  } catch (e) {
    throw new DataError(`${inputs.model.file}: not a model file: ${(e as Error).message}`);
  }
  const rows = readPracticeRows(inputs.practices.text, inputs.practices.file);
  const lookup = councilLookup(inputs.councils.text, inputs.councils.file);
  const national = generateSchema.parse({});
  const { systems, report } = buildEnglandSystems(rows, lookup, inputs.counts ?? { pcns: national.pcns, trusts: national.trusts });
  const { generate: _generated, systems: _old, ...rest } = base;
  const sources = (Array.isArray(rest.sources) ? (rest.sources as unknown[]) : []).filter((s) => !(typeof s === 'string' && s.startsWith(SOURCES_PREFIX)));
  const model = { ...rest, sources: [...sources, sourcesLine(report, inputs.practices.file)], systems };
  parseScenario(model, inputs.model.file);
  return { text: formatModelJson(model), report };
}
