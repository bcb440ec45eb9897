// IPE files (Interop'Fibre "Informations Préalables Enrichies"): one line per building, `;`-separated,
// decimal commas, UTF-8 or Windows-1252, WGS84 or Lambert-93 coordinates. The building id is
// `IdentifiantImmeuble`, stable across deliveries, so it is our key as is.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { normaliseBuildingState } from '../../../shared/schemas/network.ts';
import {
  upsertImportedBuildings,
  type ImportedBuildingRow,
} from '../../repositories/addresses-buildings.repository.ts';
import { invalidateCoverage } from '../eligibility-cache.service.ts';
import { INSEE_CODE, orNull, parseDecimal, parseRows, POSTCODE, readCsv, type CsvRow } from './csv.ts';
import { parseProjection, toLatLon, type Projection } from './ipe.projection.ts';
import type { ImportRejection, ImportReport } from './report.ts';

export const IPE_COLUMNS = {
  id: 'identifiantimmeuble',
  state: 'etatimmeuble',
  addressCode: 'codeadresseimmeuble',
  x: 'coordonneeimmeublex',
  y: 'coordonneeimmeubley',
  projection: 'typeprojectiongeographique',
  number: 'numerovoieimmeuble',
  numberSuffix: 'complementnumerovoieimmeuble',
  streetType: 'typevoieimmeuble',
  street: 'nomvoieimmeuble',
  postcode: 'codepostalimmeuble',
  city: 'communeimmeuble',
  insee: 'codeinseeimmeuble',
  buildingType: 'typeimmeuble',
  pmRef: 'referencepm',
  pmState: 'etatpm',
} as const;

export interface IpeBuilding extends ImportedBuildingRow {
  address_code: string | null;
}

export interface ParsedIpe {
  encoding: string;
  rows: IpeBuilding[];
  rejected: ImportRejection[];
}

/** "12", "bis", "RUE", "DE LA MAIRIE", "89290", "JUSSY" → "12 bis RUE DE LA MAIRIE, 89290 JUSSY". */
export function formatAddress(parts: {
  number: string;
  suffix?: string;
  streetType: string;
  street: string;
  postcode: string;
  city: string;
}): string | null {
  const street = [parts.number, parts.suffix ?? '', parts.streetType, parts.street].filter(Boolean).join(' ');
  const town = [parts.postcode, parts.city].filter(Boolean).join(' ');
  const text = [street, town].filter(Boolean).join(', ').replace(/\s+/g, ' ').trim();
  return text || null;
}

/** A projection for a line: the column's value, or, when the file leaves it empty, the magnitude. */
function projectionOf(row: CsvRow, x: number, y: number): Projection | string {
  const raw = row.get(IPE_COLUMNS.projection);
  if (raw === '') return Math.abs(x) <= 180 && Math.abs(y) <= 90 ? 'wgs84' : 'lambert93';
  return parseProjection(raw) ?? `unknown projection "${raw}"`;
}

function parseLine(row: CsvRow): IpeBuilding | string {
  const c = IPE_COLUMNS;
  const id = row.get(c.id);
  if (!id) return 'missing IdentifiantImmeuble';
  if (id.length > 30) return `IdentifiantImmeuble longer than 30 characters ("${id}")`;
  const rawState = row.get(c.state);
  const state = normaliseBuildingState(rawState);
  if (!state) return `unknown EtatImmeuble "${rawState}"`;
  const x = parseDecimal(row.get(c.x));
  const y = parseDecimal(row.get(c.y));
  if (x === null || y === null) return `invalid coordinates "${row.get(c.x)}", "${row.get(c.y)}"`;
  const projection = projectionOf(row, x, y);
  if (projection !== 'wgs84' && projection !== 'lambert93') return projection;
  const at = toLatLon(x, y, projection);
  if (!at.ok) return at.reason;
  const addressCode = row.get(c.addressCode);
  if (addressCode.length > 10) return `CodeAdresseImmeuble longer than 10 characters ("${addressCode}")`;
  const insee = row.get(c.insee).toUpperCase();
  if (insee && !INSEE_CODE.test(insee)) return `invalid CodeInseeImmeuble "${insee}"`;
  const postcode = row.get(c.postcode);
  if (postcode && !POSTCODE.test(postcode)) return `invalid CodePostalImmeuble "${postcode}"`;
  return {
    id,
    state,
    lat: at.lat,
    lon: at.lon,
    address: formatAddress({
      number: row.get(c.number),
      suffix: row.get(c.numberSuffix),
      streetType: row.get(c.streetType),
      street: row.get(c.street),
      postcode,
      city: row.get(c.city),
    }),
    address_code: orNull(addressCode),
    postcode: orNull(postcode),
    insee_code: orNull(insee),
    city: orNull(row.get(c.city)),
    pm_ref: orNull(row.get(c.pmRef)),
    pm_state: orNull(row.get(c.pmState)),
    building_type: orNull(row.get(c.buildingType)),
    source: 'ipe',
  };
}

export function parseIpe(bytes: Uint8Array): ParsedIpe {
  const c = IPE_COLUMNS;
  const { encoding, table } = readCsv(bytes, ';', [c.id, c.state, c.x, c.y], 'IPE');
  const { accepted, rejected } = parseRows(table, parseLine, {
    label: 'IdentifiantImmeuble',
    key: (r) => r.id,
  });
  return { encoding, rows: accepted, rejected };
}

export async function importIpe(db: Kysely<DB>, bytes: Uint8Array): Promise<ImportReport> {
  const parsed = parseIpe(bytes);
  const counts = await db.transaction().execute((trx) => upsertImportedBuildings(trx, parsed.rows));
  if (counts.inserted || counts.updated) invalidateCoverage(db);
  return {
    format: `IPE (${parsed.encoding})`,
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: parsed.rejected,
    details: `buildings ${counts.inserted}+${counts.updated}~`,
  };
}
