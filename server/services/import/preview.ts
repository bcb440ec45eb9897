// The dry run of a console import: the file is read with the importer's own parser and, where the
// importer's key is the database's (IPE buildings), compared with what is stored. Nothing is written.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parseAsciiGrid } from '../../../shared/eligibility/index.ts';
import {
  PREVIEW_REJECTIONS,
  type ImportFormat,
  type ImportPreview,
} from '../../../shared/schemas/imports.ts';
import { countImportedBuildingChanges } from '../../repositories/addresses-buildings.repository.ts';
import { parseArcep } from './arcep.import.ts';
import { parseBan } from './ban.import.ts';
import { decodeText } from './csv.ts';
import { parseGeoJson } from './geojson.import.ts';
import { parseIpeSliced } from './ipe.import.ts';
import type { ImportRejection } from './report.ts';

type Count = ImportPreview['counts'][number];
const total = (kind: string, n: number): Count => ({
  kind,
  total: n,
  new: null,
  changed: null,
  unchanged: null,
});

/** A reason as long as the offending cell would flood the screen and the report: cut, and said so. */
export function shortReason(reason: string, max = 300): string {
  return reason.length <= max ? reason : `${reason.slice(0, max)}… (${reason.length} characters)`;
}

function preview(
  format: ImportFormat,
  label: string,
  counts: Count[],
  rejected: readonly ImportRejection[],
): ImportPreview {
  return {
    format,
    label,
    counts,
    rejectedCount: rejected.length,
    rejected: rejected.slice(0, PREVIEW_REJECTIONS).map((r) => ({ ...r, reason: shortReason(r.reason) })),
  };
}

/** Throws (with the importer's reason) when the file as a whole is unusable. */
export async function previewImport(
  db: Kysely<DB>,
  format: ImportFormat,
  bytes: Buffer,
): Promise<ImportPreview> {
  switch (format) {
    case 'ipe': {
      const parsed = await parseIpeSliced(bytes);
      const c = await countImportedBuildingChanges(db, parsed.rows);
      return preview(
        format,
        `IPE (${parsed.encoding})`,
        [
          {
            kind: 'buildings',
            total: parsed.rows.length,
            new: c.inserted,
            changed: c.updated,
            unchanged: c.unchanged,
          },
          total('pm', parsed.pms.length),
        ],
        parsed.rejected,
      );
    }
    case 'arcep': {
      const parsed = parseArcep(bytes);
      return preview(
        format,
        `Arcep (${parsed.encoding})`,
        [total('buildings', parsed.lines.length)],
        parsed.rejected,
      );
    }
    case 'ban': {
      const parsed = parseBan(bytes);
      return preview(
        format,
        `BAN (${parsed.encoding})`,
        [total('addresses', parsed.rows.length)],
        parsed.rejected,
      );
    }
    case 'geojson': {
      const p = parseGeoJson(decodeText(bytes).text);
      const counts = [
        total('sites', p.sites.length),
        total(
          'sectors',
          p.sites.reduce((n, s) => n + s.properties.sectors.length, 0),
        ),
        total('buildings', p.buildings.length),
        total('pm', p.pms.length),
        total('pbo', p.pbos.length),
        total('fibre-zones', p.zones.length),
        total('zones', p.workZones.length),
      ].filter((c) => c.total > 0);
      return preview(format, 'GeoJSON', counts, p.rejected);
    }
    case 'terrain':
      parseAsciiGrid(bytes.toString('latin1'));
      return preview(format, 'Terrain model (ESRI ASCII grid)', [total('terrain', 1)], []);
  }
}
