// Installations for the office: CSV (French spreadsheet) and GeoJSON (QGIS), streamed, list filters.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { InstallationFilters, InstallationListItem } from '../../../shared/schemas/installations.ts';
import { checkRxPower } from '../../../shared/domain/optical.ts';
import * as repo from '../../repositories/installations.repository.ts';
import { toInstallationItem } from '../installations.service.ts';
import { csvStream, type CsvColumn } from './csv.ts';
import { frenchNumber, parisDateTime, parisDay } from './format.ts';
import { geojsonStream, type GeoFeature } from './geojson.ts';
import { installationStatusLabel, technologyLabel } from './labels.ts';
import type { ExportFile } from './types.ts';

const PAGE = 500;

async function* installationPages(
  db: Kysely<DB>,
  filters: InstallationFilters,
): AsyncGenerator<InstallationListItem[]> {
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const rows = await repo.listInstallations(db, filters, { after, limit: PAGE });
    const page = rows.map(toInstallationItem);
    yield page;
    const last = page.at(-1);
    if (rows.length < PAGE || !last) return;
    after = { at: new Date(last.installedAt), id: last.id };
  }
}

function readingVerdict(i: InstallationListItem): string {
  if (i.technology !== 'fibre' || i.rxPowerDbm === null) return '';
  const w = checkRxPower(i.rxPowerDbm);
  return w === null ? 'Normale' : w.code === 'RX_POWER_LOW' ? 'Trop faible' : 'Trop forte';
}

const previousOnts = (i: InstallationListItem) => (i.ontHistory ?? []).map((h) => h.serial).join(' ');

const columns: CsvColumn<InstallationListItem>[] = [
  { header: 'Identifiant', value: (i) => i.id },
  { header: 'Installée le (heure de Paris)', value: (i) => parisDateTime(i.installedAt) },
  { header: 'Technologie', value: (i) => technologyLabel[i.technology] },
  { header: 'État', value: (i) => installationStatusLabel[i.status] },
  { header: 'Numéro de série ONT', value: (i) => i.ontSerial },
  { header: 'Fabricant ONT', value: (i) => i.ontVendor },
  { header: 'ONT remplacés', value: previousOnts },
  { header: 'Adresse MAC', value: (i) => i.cpeMac },
  { header: 'Référence PTO', value: (i) => i.ptoReference },
  { header: 'Bâtiment', value: (i) => i.buildingId },
  { header: 'Adresse', value: (i) => i.buildingAddress },
  { header: 'PM', value: (i) => i.pmRef },
  { header: 'Secteur radio', value: (i) => i.sectorId },
  { header: 'Zone', value: (i) => i.zoneName ?? i.zoneId },
  { header: 'Technicien', value: (i) => i.technicianName },
  { header: 'Puissance optique reçue (dBm)', value: (i) => frenchNumber(i.rxPowerDbm) },
  { header: 'Lecture optique', value: readingVerdict },
  { header: 'Latitude', value: (i) => frenchNumber(i.place?.lat) },
  { header: 'Longitude', value: (i) => frenchNumber(i.place?.lon) },
  { header: 'Modifiée le (heure de Paris)', value: (i) => parisDateTime(i.updatedAt) },
];

export function installationsCsv(db: Kysely<DB>, filters: InstallationFilters, now = new Date()): ExportFile {
  return {
    filename: `installations-${parisDay(now)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    chunks: csvStream(columns, installationPages(db, filters)),
  };
}

function feature(i: InstallationListItem): GeoFeature {
  return {
    position: i.place,
    properties: {
      id: i.id,
      installee_le: parisDateTime(i.installedAt),
      installee_le_utc: i.installedAt,
      technologie: technologyLabel[i.technology],
      etat: installationStatusLabel[i.status],
      ont: i.ontSerial,
      fabricant_ont: i.ontVendor,
      ont_remplaces: previousOnts(i),
      mac: i.cpeMac,
      pto: i.ptoReference,
      batiment: i.buildingId,
      adresse: i.buildingAddress,
      pm: i.pmRef,
      secteur: i.sectorId,
      zone: i.zoneName ?? i.zoneId,
      technicien: i.technicianName,
      puissance_dbm: i.rxPowerDbm,
      lecture_optique: readingVerdict(i),
    },
  };
}

export function installationsGeojson(
  db: Kysely<DB>,
  filters: InstallationFilters,
  now = new Date(),
): ExportFile {
  async function* features() {
    for await (const page of installationPages(db, filters)) yield page.map(feature);
  }
  return {
    filename: `installations-${parisDay(now)}.geojson`,
    contentType: 'application/geo+json; charset=utf-8',
    chunks: geojsonStream(features(), 'installations'),
  };
}
