// Arcep per-building open data (cartefibre "immeubles"): `x, y` are lon/lat despite their names;
// `imb_id` is not stable between releases, so ids come from arcep.match.ts, never from the file.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { normaliseBuildingState } from '../../../shared/schemas/network.ts';
import {
  listKnownBuildings,
  upsertImportedBuildings,
  type ImportedBuildingRow,
} from '../../repositories/addresses-buildings.repository.ts';
import { refreshCoverage } from '../eligibility-cache.service.ts';
import { addressKey, matchArcep, type ArcepCandidate, type ArcepValues } from './arcep.match.ts';
import { INSEE_CODE, orNull, parseDecimal, parseRows, readCsv, type CsvRow } from './csv.ts';
import { formatAddress } from './ipe.import.ts';
import { round7 } from './ipe.projection.ts';
import type { ImportRejection, ImportReport } from './report.ts';

export interface ParsedArcep {
  encoding: string;
  lines: ArcepCandidate[];
  rejected: ImportRejection[];
}

function parseLine(row: CsvRow): ArcepCandidate | string {
  const imbId = row.get('imb_id');
  if (imbId.length > 30) return `imb_id longer than 30 characters ("${imbId}")`;
  const rawState = row.get('imb_etat');
  const state = normaliseBuildingState(rawState);
  if (!state) return `unknown imb_etat "${rawState}"`;
  const lon = parseDecimal(row.get('x'));
  const lat = parseDecimal(row.get('y'));
  if (lon === null || lat === null) return `invalid coordinates "${row.get('x')}", "${row.get('y')}"`;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return `coordinates ${lon}, ${lat} out of range (x = lon, y = lat)`;
  const insee = row.get('code_insee').toUpperCase();
  if (!INSEE_CODE.test(insee)) return `invalid code_insee "${insee}"`;
  const street = [row.get('type_voie'), row.get('nom_voie')].filter(Boolean).join(' ');
  if (!street) return 'missing nom_voie';
  const postcode = row.get('code_poste') || row.get('code_postal');
  const city = row.get('nom_com');
  const address = formatAddress({
    number: row.get('num_voie'),
    streetType: row.get('type_voie'),
    street: row.get('nom_voie'),
    postcode,
    city,
  });
  const values: ArcepValues = {
    source: 'arcep',
    state,
    lat: round7(lat),
    lon: round7(lon),
    address,
    postcode: orNull(postcode),
    insee_code: insee,
    city: orNull(city),
    pm_ref: orNull(row.get('pm_ref')),
    pm_state: orNull(row.get('pm_etat')),
    building_type: orNull(row.get('type_imb')),
  };
  return { line: row.line, key: addressKey(insee, address), lat: values.lat, lon: values.lon, values };
}

export function parseArcep(bytes: Uint8Array): ParsedArcep {
  const { encoding, table } = readCsv(bytes, ',', ['x', 'y', 'imb_etat', 'code_insee', 'nom_voie'], 'Arcep');
  const { accepted, rejected } = parseRows(table, parseLine);
  return { encoding, lines: accepted, rejected };
}

export async function importArcep(db: Kysely<DB>, bytes: Uint8Array): Promise<ImportReport> {
  const parsed = parseArcep(bytes);
  const { counts, skipped } = await db.transaction().execute(async (trx) => {
    const matches = matchArcep(parsed.lines, await listKnownBuildings(trx));
    const rows: (ImportedBuildingRow & { network: string })[] = [];
    parsed.lines.forEach((line, i) => {
      const m = matches[i];
      // Arcep lists every operator's buildings: those are sold through wholesale offers, if at all.
      if (m?.kept) rows.push({ id: m.id, ...line.values, network: 'wholesale' });
    });
    return { counts: await upsertImportedBuildings(trx, rows), skipped: parsed.lines.length - rows.length };
  });
  if (counts.inserted || counts.updated) await refreshCoverage(db);
  return {
    format: `Arcep (${parsed.encoding})`,
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged + skipped,
    rejected: parsed.rejected,
    details: `buildings ${counts.inserted}+${counts.updated}~, ${skipped} already known from IPE or GeoJSON`,
  };
}
