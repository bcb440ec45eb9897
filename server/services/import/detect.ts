// `admin import FILE`: the format is recognised from the content, not the file name.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { withCoverageWrites } from '../eligibility-cache.service.ts';
import { importArcep } from './arcep.import.ts';
import { importBan } from './ban.import.ts';
import { importGeoJson } from './geojson.import.ts';
import { importIpe, type ImportProgress } from './ipe.import.ts';
import { importTerrain } from './terrain.import.ts';
import type { ImportReport } from './report.ts';

import type { ImportFormat } from '../../../shared/schemas/imports.ts';

function detectFormat(head: string): ImportFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'geojson';
  if (/^ncols\s/i.test(text)) return 'terrain';
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (firstLine.includes('identifiantimmeuble')) return 'ipe';
  if (firstLine.includes('imb_id') || firstLine.includes('imb_etat')) return 'arcep';
  if (firstLine.includes('id_fantoir') || (firstLine.includes('numero') && firstLine.includes('nom_voie')))
    return 'ban';
  return null;
}

type Importer = (
  db: Kysely<DB>,
  bytes: Buffer,
  onProgress?: (p: ImportProgress) => void,
) => Promise<ImportReport>;

const importers: Record<ImportFormat, Importer> = {
  geojson: (db, bytes) => importGeoJson(db, bytes.toString('utf8')),
  ipe: importIpe,
  arcep: importArcep,
  ban: importBan,
  terrain: importTerrain,
};

/** The format of a file from its first bytes, whatever their encoding. */
export function detectFileFormat(bytes: Buffer): ImportFormat | null {
  // Latin-1 decoding of the head is enough to read an ASCII header line whatever the real encoding.
  return detectFormat(bytes.subarray(0, 4096).toString('latin1'));
}

export const UNRECOGNISED_FORMAT =
  'unrecognised format (expected GeoJSON, IPE CSV, Arcep per-building CSV, BAN CSV or an ESRI ASCII grid terrain model)';

/** The one import path, for the CLI and the console alike. */
export async function importFile(
  db: Kysely<DB>,
  bytes: Buffer,
  name: string,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportReport> {
  const format = detectFileFormat(bytes);
  if (!format) throw new Error(`${name}: ${UNRECOGNISED_FORMAT}`);
  // Checks go on answering from the index as it was until the import has refreshed it.
  return withCoverageWrites(db, () => importers[format](db, bytes, onProgress));
}
