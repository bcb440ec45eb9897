// Coordinators' CSV export of interest registrations: personal data, so every download is audited.
import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import type { DB } from '../db/schema.ts';
import type { CsvExport } from '../../shared/schemas/interest.ts';
import { audit } from '../repositories/audit.repository.ts';
import { allInterest, purgeExpiredInterest } from '../repositories/interest.repository.ts';

/** Every registration as CSV (`;`, UTF-8 with BOM: what French spreadsheets open correctly). */
export async function exportInterestCsv(
  db: Kysely<DB>,
  actorId: string,
  now = new Date(),
): Promise<CsvExport> {
  await purgeExpiredInterest(db, now);
  const items = await allInterest(db);
  const csv = Papa.unparse(
    items.map((r) => ({
      id: r.id,
      kind: r.kind,
      lat: r.position.lat,
      lon: r.position.lon,
      address: r.address,
      name: r.name,
      email: r.email,
      phone: r.phone,
      floor: r.floor,
      total_floors: r.totalFloors,
      roof_access: r.roofAccess,
      orientations: r.orientations.join(' '),
      comment: r.comment,
      public_fields: r.publicFields.join(' '),
      notify: r.notify,
      consent_at: r.consentAt,
      retention_until: r.retentionUntil,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })),
    // Comments come from the public: a leading "=" must not become a spreadsheet formula.
    { delimiter: ';', escapeFormulae: true, newline: '\r\n' },
  );
  await audit(db, {
    actorId,
    action: 'interest.export',
    targetTable: 'interest_registrations',
    details: { rows: items.length },
  });
  return {
    filename: `interets-${now.toISOString().slice(0, 10)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rows: items.length,
    csv: `\uFEFF${csv}`,
  };
}
