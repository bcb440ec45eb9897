// Interventions for the office: a CSV for a French spreadsheet (one column per reading) and a GeoJSON
// for QGIS, both streamed page by page with the list's filters.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Intervention, InterventionFilters } from '../../../shared/schemas/interventions.ts';
import * as repo from '../../repositories/interventions.repository.ts';
import { toDomainRow } from '../sync/rows.ts';
import { csvStream, type CsvColumn } from './csv.ts';
import { frenchNumber, parisDateTime, parisDay } from './format.ts';
import { geojsonStream, type GeoFeature } from './geojson.ts';
import { kindLabel, measurementLabel, statusLabel } from './labels.ts';
import type { ExportFile } from './types.ts';

const PAGE = 500;

export interface ExportedIntervention {
  i: Intervention;
  listed: repo.ListedInterventionRow;
}

/** Every intervention the filters select, newest first, one keyset page at a time. */
export async function* interventionPages(
  db: Kysely<DB>,
  filters: InterventionFilters,
): AsyncGenerator<ExportedIntervention[]> {
  let after: { startedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await repo.listInterventions(db, filters, { after, limit: PAGE });
    const page = rows.map((listed) => ({ i: toDomainRow('interventions', listed.row), listed }));
    yield page;
    const last = page.at(-1);
    if (rows.length < PAGE || !last) return;
    after = { startedAt: new Date(last.i.startedAt), id: last.i.id };
  }
}

function reading(i: Intervention, key: string): string | number {
  const v = i.measurements?.[key];
  if (typeof v === 'number') return frenchNumber(v);
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  return typeof v === 'string' ? v : '';
}

const placeLabel = { gps: 'GPS', site: 'Relais', building: 'Bâtiment', fibre_node: 'Point fibre' } as const;

function columns(readingKeys: string[]): CsvColumn<ExportedIntervention>[] {
  return [
    { header: 'Identifiant', value: ({ i }) => i.id },
    { header: 'Début (heure de Paris)', value: ({ i }) => parisDateTime(i.startedAt) },
    { header: 'Fin (heure de Paris)', value: ({ i }) => parisDateTime(i.endedAt) },
    { header: 'Type', value: ({ i }) => kindLabel[i.kind] },
    { header: 'Statut', value: ({ i }) => statusLabel[i.status] },
    { header: 'Résumé', value: ({ i }) => i.summary },
    { header: 'Relais', value: ({ i, listed }) => listed.site_name ?? i.siteId },
    { header: 'Secteur', value: ({ i }) => i.sectorId },
    { header: 'Bâtiment', value: ({ i }) => i.buildingId },
    { header: 'Adresse du bâtiment', value: ({ listed }) => listed.building_address },
    { header: 'Point fibre', value: ({ i }) => i.fibreNodeId },
    { header: 'Zone', value: ({ i, listed }) => listed.zone_name ?? i.zoneId },
    { header: 'Technicien', value: ({ listed }) => listed.technician_name },
    { header: 'Latitude', value: ({ listed }) => frenchNumber(listed.place_lat) },
    { header: 'Longitude', value: ({ listed }) => frenchNumber(listed.place_lon) },
    {
      header: 'Position d’après',
      value: ({ listed }) => (listed.place_source ? placeLabel[listed.place_source] : ''),
    },
    { header: 'Photos', value: ({ i }) => i.photos.length },
    ...readingKeys.map((key) => ({
      header: measurementLabel(key),
      value: ({ i }: ExportedIntervention) => reading(i, key),
    })),
    { header: 'Notes', value: ({ i }) => i.notes },
    { header: 'Commentaire de validation', value: ({ i }) => i.reviewComment },
    { header: 'Version', value: ({ i }) => i.version },
    { header: 'Reçue le (heure de Paris)', value: ({ i }) => parisDateTime(i.createdAt) },
  ];
}

export async function interventionsCsv(
  db: Kysely<DB>,
  filters: InterventionFilters,
  now = new Date(),
): Promise<ExportFile> {
  const keys = await repo.measurementKeys(db, filters);
  return {
    filename: `interventions-${parisDay(now)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    chunks: csvStream(columns(keys), interventionPages(db, filters)),
  };
}

function feature({ i, listed }: ExportedIntervention): GeoFeature {
  const readings = Object.fromEntries(
    Object.entries(i.measurements ?? {}).flatMap(([k, v]) =>
      typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? [[k, v]] : [],
    ),
  );
  return {
    position:
      listed.place_lat !== null && listed.place_lon !== null
        ? { lat: listed.place_lat, lon: listed.place_lon }
        : null,
    properties: {
      id: i.id,
      debut: parisDateTime(i.startedAt),
      fin: parisDateTime(i.endedAt),
      debut_utc: i.startedAt,
      type: kindLabel[i.kind],
      statut: statusLabel[i.status],
      resume: i.summary,
      relais: listed.site_name ?? i.siteId,
      secteur: i.sectorId,
      batiment: i.buildingId,
      point_fibre: i.fibreNodeId,
      zone: listed.zone_name ?? i.zoneId,
      technicien: listed.technician_name,
      position_d_apres: listed.place_source ? placeLabel[listed.place_source] : null,
      photos: i.photos.length,
      notes: i.notes,
      version: i.version,
      ...readings,
    },
  };
}

export function interventionsGeojson(
  db: Kysely<DB>,
  filters: InterventionFilters,
  now = new Date(),
): ExportFile {
  async function* features() {
    for await (const page of interventionPages(db, filters)) yield page.map(feature);
  }
  return {
    filename: `interventions-${parisDay(now)}.geojson`,
    contentType: 'application/geo+json; charset=utf-8',
    chunks: geojsonStream(features(), 'interventions'),
  };
}
