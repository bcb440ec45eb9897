// CSV export of interventions for coordinators (a spreadsheet, the cooperative's yearly report).
import Papa from 'papaparse';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { InterventionFilters } from '../../shared/schemas/interventions.ts';
import * as repo from '../repositories/interventions.repository.ts';
import { toDomainRow } from './sync/rows.ts';

/** More than a small cooperative logs in years; past it, narrow the dates. */
const EXPORT_MAX_ROWS = 20_000;

export async function exportInterventions(
  db: Kysely<DB>,
  filters: InterventionFilters,
  today = new Date(),
): Promise<{ filename: string; csv: string; rows: number }> {
  const rows = await repo.listInterventions(db, filters, { after: null, limit: EXPORT_MAX_ROWS });
  const data = rows.map((r) => {
    const i = toDomainRow('interventions', r.row);
    return {
      id: i.id,
      debut: i.startedAt,
      fin: i.endedAt ?? '',
      type: i.kind,
      statut: i.status,
      resume: i.summary,
      relais: r.site_name ?? i.siteId ?? '',
      secteur: i.sectorId ?? '',
      batiment: i.buildingId ?? '',
      zone: i.zoneId ?? '',
      technicien: r.technician_name,
      lat: i.position?.lat ?? '',
      lon: i.position?.lon ?? '',
      photos: r.photo_count,
      mesures: i.measurements ? JSON.stringify(i.measurements) : '',
      notes: i.notes ?? '',
      commentaire_validation: i.reviewComment ?? '',
    };
  });
  // escapeFormulae: a summary typed as "=HYPERLINK(…)" must stay text in the coordinator's spreadsheet.
  const csv = Papa.unparse(data, { escapeFormulae: true, newline: '\r\n' });
  return { filename: `interventions-${today.toISOString().slice(0, 10)}.csv`, csv, rows: data.length };
}
