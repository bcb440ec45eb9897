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
import { refreshCoverage } from '../eligibility-cache.service.ts';
import * as pointsRepo from '../../repositories/fibre-points.repository.ts';
import type { IpePm } from '../../repositories/fibre-points.repository.ts';
import { assignZonesByPosition } from '../zones/membership.ts';
import {
  csvSlices,
  decodeText,
  INSEE_CODE,
  orNull,
  parseDecimal,
  parseRows,
  POSTCODE,
  readCsv,
  requireColumns,
  sniffDelimiter,
  type CsvRow,
} from './csv.ts';
import { yieldToEventLoop } from '../../db/turn.ts';
import { parseProjection, toLatLon, type Projection } from './ipe.projection.ts';
import type { ImportRejection, ImportReport } from './report.ts';

const IPE_COLUMNS = {
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
  pmLocation: 'typeemplacementpm',
} as const;

interface IpeBuilding extends ImportedBuildingRow {
  address_code: string | null;
}

export interface ParsedIpe {
  encoding: string;
  rows: IpeBuilding[];
  /** The PMs the file names (ReferencePM), with the state and kind of place of their last line. */
  pms: IpePm[];
  rejected: ImportRejection[];
}

/**
 * Buildings written per transaction: a big file never holds one transaction the size of the file, and
 * on the embedded database (one connection, run on the server's thread) a public request waits at most
 * one such transaction. Measured with 250,000 buildings (bench/import-ipe.ts): 200 halves the median
 * check during an import against 500 (91 against 184 ms) for a 19 % longer import.
 */
export const IPE_CHUNK = 200;

/** Lines parsed between two yields to the event loop: about 10 ms of work. */
const PARSE_SLICE = 500;

export interface ImportProgress {
  done: number;
  total: number;
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

function parseLine(row: CsvRow): (IpeBuilding & { pm_location: string | null }) | string {
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
    pm_location: orNull(row.get(c.pmLocation)),
  };
}

const REQUIRED = [IPE_COLUMNS.id, IPE_COLUMNS.state, IPE_COLUMNS.x, IPE_COLUMNS.y];
const UNIQUE = { label: 'IdentifiantImmeuble', key: (r: IpeBuilding) => r.id };

function collect(
  encoding: string,
  accepted: (IpeBuilding & { pm_location: string | null })[],
  rejected: ImportRejection[],
): ParsedIpe {
  const pms = new Map<string, IpePm>();
  const rows = accepted.map(({ pm_location, ...building }) => {
    if (building.pm_ref) {
      pms.set(building.pm_ref, {
        id: building.pm_ref,
        kind: 'pm',
        pm_state: building.pm_state,
        location_type: pm_location,
      });
    }
    return building;
  });
  return { encoding, rows, pms: [...pms.values()], rejected };
}

export function parseIpe(bytes: Uint8Array): ParsedIpe {
  const { encoding, table } = readCsv(bytes, ';', REQUIRED, 'IPE');
  const { accepted, rejected } = parseRows(table, parseLine, UNIQUE);
  return collect(encoding, accepted, rejected);
}

/** parseIpe in slices of PARSE_SLICE lines with the event loop free between them (a big file's parse takes seconds). */
export async function parseIpeSliced(bytes: Uint8Array): Promise<ParsedIpe> {
  const { text, encoding } = decodeText(bytes);
  const accepted: (IpeBuilding & { pm_location: string | null })[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Map<string, number>();
  let first = true;
  for (const table of csvSlices(text, sniffDelimiter(text, ';'), PARSE_SLICE)) {
    if (first) requireColumns(table, REQUIRED, 'IPE');
    first = false;
    const slice = parseRows(table, parseLine, UNIQUE, seen);
    for (const row of slice.accepted) accepted.push(row);
    for (const r of slice.rejected) rejected.push(r);
    await yieldToEventLoop();
  }
  return collect(encoding, accepted, rejected);
}

/**
 * Writes the PMs, then the buildings in transactions of IPE_CHUNK lines, each linked to its PM and put
 * in its zone. Every chunk is idempotent, so a stopped import is finished by running it again.
 */
export async function importIpe(
  db: Kysely<DB>,
  bytes: Uint8Array,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportReport> {
  const parsed = await parseIpeSliced(bytes);
  const pms = await db.transaction().execute((trx) => pointsRepo.upsertIpePms(trx, parsed.pms));
  const pmIds = await pointsRepo.existingPmIds(
    db,
    parsed.pms.map((p) => p.id),
  );
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const total = parsed.rows.length;
  onProgress?.({ done: 0, total });
  for (let i = 0; i < total; i += IPE_CHUNK) {
    const chunk = parsed.rows.slice(i, i + IPE_CHUNK);
    // A building whose PM reference names a known PM points at it, in the same write (a second
    // update pass would double the rows written and the change log); the others keep their pm_id,
    // which an admin may have chosen.
    const linked = chunk
      .filter((r) => r.pm_ref !== null && pmIds.has(r.pm_ref))
      .map((r) => ({ ...r, pm_id: r.pm_ref }));
    const unlinked = chunk.filter((r) => r.pm_ref === null || !pmIds.has(r.pm_ref));
    const c = await db.transaction().execute(async (trx) => {
      const a = await upsertImportedBuildings(trx, linked);
      const b = await upsertImportedBuildings(trx, unlinked);
      await assignZonesByPosition(trx, [{ table: 'buildings', ids: chunk.map((r) => r.id) }]);
      return {
        inserted: a.inserted + b.inserted,
        updated: a.updated + b.updated,
        unchanged: a.unchanged + b.unchanged,
      };
    });
    counts.inserted += c.inserted;
    counts.updated += c.updated;
    counts.unchanged += c.unchanged;
    onProgress?.({ done: Math.min(total, i + IPE_CHUNK), total });
    // Lets waiting requests (eligibility checks) run between chunks on the embedded database.
    await yieldToEventLoop();
  }
  if (counts.inserted || counts.updated || pms.inserted || pms.updated) await refreshCoverage(db);
  return {
    format: `IPE (${parsed.encoding})`,
    // Counts are of buildings, the file's lines; the PMs they name are in the details.
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: parsed.rejected,
    details: `buildings ${counts.inserted}+${counts.updated}~, PM ${pms.inserted}+${pms.updated}~`,
  };
}
