// BAN per-département addresses (`adresses-89.csv`, `;`-separated, UTF-8) into the local address index.
// The BAN id (`cle_interop`) is stable, so it is the key.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { banId, normaliseSearchText } from '../../../shared/schemas/addresses.ts';
import { upsertAddresses, type AddressRow } from '../../repositories/addresses.repository.ts';
import { INSEE_CODE, orNull, parseDecimal, parseRows, POSTCODE, readCsv, type CsvRow } from './csv.ts';
import type { ImportRejection, ImportReport } from './report.ts';

export interface ParsedBan {
  encoding: string;
  rows: AddressRow[];
  rejected: ImportRejection[];
}

function parseLine(row: CsvRow): AddressRow | string {
  const id = row.get('id');
  if (!banId.safeParse(id).success) return `invalid BAN id "${id}"`;
  const numberText = row.get('numero');
  if (!/^\d{1,5}$/.test(numberText)) return `invalid numero "${numberText}"`;
  const street = row.get('nom_voie');
  if (!street) return 'missing nom_voie';
  const postcode = row.get('code_postal');
  if (!POSTCODE.test(postcode)) return `invalid code_postal "${postcode}"`;
  const insee = row.get('code_insee').toUpperCase();
  if (!INSEE_CODE.test(insee)) return `invalid code_insee "${insee}"`;
  const city = row.get('nom_commune');
  if (!city) return 'missing nom_commune';
  const lon = parseDecimal(row.get('lon'));
  const lat = parseDecimal(row.get('lat'));
  if (lon === null || lat === null || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    return `invalid coordinates "${row.get('lon')}", "${row.get('lat')}"`;
  }
  const rep = orNull(row.get('rep').toLowerCase());
  const number = Number(numberText);
  const label = `${number}${rep ? ` ${rep}` : ''} ${street} ${postcode} ${city}`;
  return {
    id: id.toLowerCase(),
    number,
    rep,
    street,
    postcode,
    insee,
    city,
    lat,
    lon,
    label,
    search_key: normaliseSearchText(`${street} ${postcode} ${city}`),
  };
}

export function parseBan(bytes: Uint8Array): ParsedBan {
  const { encoding, table } = readCsv(
    bytes,
    ';',
    ['id', 'numero', 'nom_voie', 'code_postal', 'code_insee', 'nom_commune', 'lon', 'lat'],
    'BAN',
  );
  const { accepted, rejected } = parseRows(table, parseLine, { label: 'id', key: (r) => r.id });
  return { encoding, rows: accepted, rejected };
}

export async function importBan(db: Kysely<DB>, bytes: Uint8Array): Promise<ImportReport> {
  const parsed = parseBan(bytes);
  const counts = await db.transaction().execute((trx) => upsertAddresses(trx, parsed.rows));
  return {
    format: `BAN addresses (${parsed.encoding})`,
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: parsed.rejected,
  };
}
