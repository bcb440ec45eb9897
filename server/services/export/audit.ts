// The audit log for the office (admins): who did what, to what, when (Paris time), with the details
// as JSON in the last column. Same filters as the console's viewer; streamed, newest first.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuditEntry, AuditExportQuery } from '../../../shared/schemas/inventory.ts';
import { listAudit } from '../inventory.service.ts';
import { csvStream, type CsvColumn } from './csv.ts';
import { parisDateTime, parisDay } from './format.ts';
import type { ExportFile } from './types.ts';

const PAGE = 1000;

async function* auditPages(db: Kysely<DB>, filters: AuditExportQuery): AsyncGenerator<AuditEntry[]> {
  let before: number | undefined;
  for (;;) {
    const page = await listAudit(db, { ...filters, before, limit: PAGE });
    yield page;
    const last = page.at(-1);
    if (page.length < PAGE || !last) return;
    before = last.id;
  }
}

const columns: CsvColumn<AuditEntry>[] = [
  { header: 'Numéro', value: (e) => e.id },
  { header: 'Date (heure de Paris)', value: (e) => parisDateTime(e.at) },
  { header: 'Personne', value: (e) => e.actorName ?? (e.actorId ? e.actorId : 'Serveur') },
  { header: 'Action', value: (e) => e.action },
  { header: 'Objet', value: (e) => e.targetTable },
  { header: 'Identifiant de l’objet', value: (e) => e.targetId },
  { header: 'Détails', value: (e) => (e.details === null ? '' : JSON.stringify(e.details)) },
];

export function auditCsv(db: Kysely<DB>, filters: AuditExportQuery, now = new Date()): ExportFile {
  return {
    filename: `journal-${parisDay(now)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    chunks: csvStream(columns, auditPages(db, filters)),
  };
}
