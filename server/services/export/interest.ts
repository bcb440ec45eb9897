// Coordinators' CSV export of interest registrations: personal data, so every download is audited.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CsvExport, InterestRegistration } from '../../../shared/schemas/interest.ts';
import { audit } from '../../repositories/audit.repository.ts';
import { allInterest, purgeExpiredInterest } from '../../repositories/interest.repository.ts';
import { csvDocument, type CsvColumn } from './csv.ts';
import { frenchNumber, parisDateTime, parisDay, yesNo } from './format.ts';

const kindLabel = { connect: 'Souhaite être raccordé', share: 'Peut accueillir un relais' } as const;

const columns: CsvColumn<InterestRegistration>[] = [
  { header: 'Identifiant', value: (r) => r.id },
  { header: 'Demande', value: (r) => kindLabel[r.kind] },
  { header: 'Latitude', value: (r) => frenchNumber(r.position.lat) },
  { header: 'Longitude', value: (r) => frenchNumber(r.position.lon) },
  { header: 'Adresse', value: (r) => r.address },
  { header: 'Nom', value: (r) => r.name },
  { header: 'E-mail', value: (r) => r.email },
  { header: 'Téléphone', value: (r) => r.phone },
  { header: 'Étage', value: (r) => r.floor },
  { header: 'Nombre d’étages', value: (r) => r.totalFloors },
  { header: 'Accès au toit', value: (r) => yesNo(r.roofAccess) },
  { header: 'Orientations', value: (r) => r.orientations.join(' ') },
  { header: 'Commentaire', value: (r) => r.comment },
  { header: 'Champs publics', value: (r) => r.publicFields.join(' ') },
  { header: 'Veut être prévenu', value: (r) => yesNo(r.notify) },
  { header: 'Consentement le (heure de Paris)', value: (r) => parisDateTime(r.consentAt) },
  { header: 'Conservé jusqu’au (heure de Paris)', value: (r) => parisDateTime(r.retentionUntil) },
  { header: 'Inscrit le (heure de Paris)', value: (r) => parisDateTime(r.createdAt) },
  { header: 'Modifié le (heure de Paris)', value: (r) => parisDateTime(r.updatedAt) },
];

/** Every registration as CSV (`;`, UTF-8 with BOM: what French spreadsheets open correctly). */
export async function exportInterestCsv(
  db: Kysely<DB>,
  actorId: string,
  now = new Date(),
): Promise<CsvExport> {
  await purgeExpiredInterest(db, now);
  const items = await allInterest(db);
  await audit(db, {
    actorId,
    action: 'interest.export',
    targetTable: 'interest_registrations',
    details: { rows: items.length },
  });
  return {
    filename: `interets-${parisDay(now)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rows: items.length,
    csv: csvDocument(columns, items),
  };
}
