/**
 * Reads NHS England's GP-practice weighted populations for ICB allocations
 * (the `data/<year>.csv` files of nhsx/AIF_Allocation_Tool, OGL v3): one row
 * a practice, with its ICB, region, local authorities, registered population
 * and need-weighted populations. docs/DATA.md describes the columns used.
 */
import { parse } from 'csv-parse/sync';
import { DataError } from './DataError.ts';

/** One GP practice as published. */
export interface PracticeRow {
  /** ODS practice code, e.g. `A81001`. */
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** ODS code of the ICB (`ICS22`), e.g. `QE1`. */
  icbCode: string;
  /** Published ICB name (`ICS22name`), e.g. `NHS Lancashire and South Cumbria ICB`. */
  icbName: string;
  /** NHS England region (`Region22`). */
  region: string;
  /** Lower-tier local authority code and name (`LAD21`, `LTLA21`). */
  ladCode: string;
  ladName: string;
  /** Upper-tier local authority code (`LA21`). */
  utlaCode: string;
  /** Registered population (`pop 2022/23`: the list the allocation year's weighted populations are built on). */
  registered: number;
  /** Overall need-weighted population (`Final WP`), which sums to the registered population across England. */
  weighted: number;
  /** Weighted populations by component: general and acute, community services, mental health. */
  weightedAcute: number;
  weightedCommunity: number;
  weightedMentalHealth: number;
}

/** Columns read, with the field each fills. */
const COLUMNS = {
  Practice_Code: 'code',
  GP_Practice_Name: 'name',
  Latitude: 'lat',
  Longitude: 'lon',
  ICS22: 'icbCode',
  ICS22name: 'icbName',
  Region22: 'region',
  LAD21: 'ladCode',
  LTLA21: 'ladName',
  LA21: 'utlaCode',
  'pop 2022/23': 'registered',
  'Final WP': 'weighted',
  'G&A WP': 'weightedAcute',
  'CS WP': 'weightedCommunity',
  'MH WP': 'weightedMentalHealth',
} as const satisfies Record<string, keyof PracticeRow>;

const NUMERIC = new Set<keyof PracticeRow>(['lat', 'lon', 'registered', 'weighted', 'weightedAcute', 'weightedCommunity', 'weightedMentalHealth']);

/**
 * Parses the CSV text of one allocation year.
 * @param text the file's contents
 * @param file the file's name, for messages
 * @throws DataError naming the file, the line and the column of the first value that is missing or not a number
 */
export function readPracticeRows(text: string, file: string): PracticeRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  } catch (e) {
    throw new DataError(`${file}: not a readable CSV file: ${(e as Error).message}`);
  }
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = Object.keys(COLUMNS).filter((c) => !header.includes(c));
  if (records.length === 0) throw new DataError(`${file}: no practice rows`);
  if (missing.length) throw new DataError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
  const seen = new Set<string>();
  return records.map((rec, i) => {
    const line = i + 2;
    const row = {} as Record<keyof PracticeRow, string | number>;
    for (const [col, field] of Object.entries(COLUMNS) as Array<[string, keyof PracticeRow]>) {
      const v = rec[col] ?? '';
      if (NUMERIC.has(field)) {
        const n = v === '' ? Number.NaN : Number(v);
        // The maternity column aside (not read), every weighted population is given; a practice with none has 0.
        if (!Number.isFinite(n) || (field !== 'lat' && field !== 'lon' && n < 0)) {
          throw new DataError(`${file}: line ${line}, column "${col}": expected a ${field === 'lat' || field === 'lon' ? 'coordinate' : 'non-negative number'}, got ${JSON.stringify(v)}`);
        }
        row[field] = n;
      } else {
        if (v === '') throw new DataError(`${file}: line ${line}, column "${col}": empty`);
        row[field] = v;
      }
    }
    if (seen.has(row.code as string)) throw new DataError(`${file}: line ${line}: practice ${row.code} appears twice`);
    seen.add(row.code as string);
    return row as unknown as PracticeRow;
  });
}
