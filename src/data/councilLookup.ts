/**
 * The upper-tier council with adult social care duties in 2023/24 for each
 * practice. The allocation file gives 2021 local authorities: unitary,
 * metropolitan and London councils carry their own name; counties are named,
 * and the councils created on 1 April 2023 (Cumberland, Westmorland and
 * Furness, North Yorkshire, Somerset) are mapped from their 2021 areas, by the
 * table in data/upper-tier-councils-2023.csv (docs/DATA.md gives its sources).
 */
import { parse } from 'csv-parse/sync';
import { DataError } from './DataError.ts';
import type { PracticeRow } from './readPracticeRows.ts';

/** A council with social care duties. */
export interface Council {
  code: string;
  name: string;
}

/** Finds the 2023/24 council of a practice. */
export type CouncilLookup = (row: PracticeRow) => Council;

/**
 * Builds the lookup from the table's text. A district code in the table
 * (E07…) wins over its county's code, so a county split in 2023 is split by district.
 * @throws DataError naming the file and line of a malformed row
 */
export function councilLookup(tableText: string, file: string): CouncilLookup {
  let rows: Record<string, string>[];
  try {
    rows = parse(tableText, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  } catch (e) {
    throw new DataError(`${file}: not a readable CSV file: ${(e as Error).message}`);
  }
  const byCode = new Map<string, Council>();
  rows.forEach((r, i) => {
    const { code, council_code: cc, council_name: name } = r;
    if (!code || !cc || !name) throw new DataError(`${file}: line ${i + 2}: expected code, council_code and council_name`);
    byCode.set(code, { code: cc, name });
  });
  return (row) => {
    const hit = byCode.get(row.ladCode) ?? byCode.get(row.utlaCode);
    if (hit) return hit;
    // A unitary authority is its own district: the file names it in the district column.
    if (row.utlaCode === row.ladCode && /^E0[689]/.test(row.utlaCode)) return { code: row.utlaCode, name: row.ladName };
    throw new DataError(`practice ${row.code}: no council for local authority ${row.utlaCode} (district ${row.ladCode}); add it to ${file}`);
  };
}
