// Domain writes (shared/mutators) → database columns: the reverse of rows.ts, for the tables mutators write.
// Dates become Date objects (millisecond precision, so keyset cursors on them are exact); jsonb goes
// as JSON text (CONTRIBUTING: both drivers behave the same).
import type { Insertable, Updateable } from 'kysely';
import type { InstallationsTable, InterventionsTable } from '../../db/schema.ts';
import type { InstallationWrite } from '../../../shared/schemas/installations.ts';
import type { InterventionWrite } from '../../../shared/schemas/interventions.ts';

const date = (v: string) => new Date(v);
const dateOrNull = (v: string | null) => (v === null ? null : new Date(v));

export function interventionColumns(p: Partial<InterventionWrite>): Updateable<InterventionsTable> {
  const c: Updateable<InterventionsTable> = {};
  if (p.kind !== undefined) c.kind = p.kind;
  if (p.status !== undefined) c.status = p.status;
  if (p.summary !== undefined) c.summary = p.summary;
  if (p.notes !== undefined) c.notes = p.notes;
  if (p.startedAt !== undefined) c.started_at = date(p.startedAt);
  if (p.endedAt !== undefined) c.ended_at = dateOrNull(p.endedAt);
  if (p.siteId !== undefined) c.site_id = p.siteId;
  if (p.sectorId !== undefined) c.sector_id = p.sectorId;
  if (p.buildingId !== undefined) c.building_id = p.buildingId;
  if (p.fibreNodeId !== undefined) c.fibre_node_id = p.fibreNodeId;
  if (p.zoneId !== undefined) c.zone_id = p.zoneId;
  if (p.position !== undefined) {
    c.lat = p.position?.lat ?? null;
    c.lon = p.position?.lon ?? null;
  }
  if (p.measurements !== undefined)
    c.measurements = p.measurements === null ? null : JSON.stringify(p.measurements);
  if (p.photos !== undefined) c.photos = JSON.stringify(p.photos);
  if (p.technicianId !== undefined) c.technician_id = p.technicianId;
  if (p.reviewComment !== undefined) c.review_comment = p.reviewComment;
  if (p.reviewedBy !== undefined) c.reviewed_by = p.reviewedBy;
  if (p.reviewedAt !== undefined) c.reviewed_at = dateOrNull(p.reviewedAt);
  if (p.updatedBy !== undefined) c.updated_by = p.updatedBy;
  return c;
}

export function interventionInsert(
  row: InterventionWrite,
  clientId: string | null,
): Insertable<InterventionsTable> {
  return {
    ...interventionColumns(row),
    id: row.id,
    kind: row.kind,
    status: row.status,
    summary: row.summary,
    started_at: date(row.startedAt),
    technician_id: row.technicianId,
    updated_by_client: clientId,
  };
}

export function installationColumns(p: Partial<InstallationWrite>): Updateable<InstallationsTable> {
  const c: Updateable<InstallationsTable> = {};
  if (p.technology !== undefined) c.technology = p.technology;
  if (p.status !== undefined) c.status = p.status;
  if (p.ontSerial !== undefined) c.ont_serial = p.ontSerial;
  if (p.cpeMac !== undefined) c.cpe_mac = p.cpeMac;
  if (p.ptoReference !== undefined) c.pto_reference = p.ptoReference;
  if (p.buildingId !== undefined) c.building_id = p.buildingId;
  if (p.sectorId !== undefined) c.sector_id = p.sectorId;
  if (p.zoneId !== undefined) c.zone_id = p.zoneId;
  if (p.position !== undefined) {
    c.lat = p.position?.lat ?? null;
    c.lon = p.position?.lon ?? null;
  }
  if (p.rxPowerDbm !== undefined) c.rx_power_dbm = p.rxPowerDbm;
  if (p.installedAt !== undefined) c.installed_at = date(p.installedAt);
  if (p.technicianId !== undefined) c.technician_id = p.technicianId;
  if (p.jobId !== undefined) c.job_id = p.jobId;
  if (p.ontHistory !== undefined) c.ont_history = JSON.stringify(p.ontHistory);
  return c;
}

export function installationInsert(row: InstallationWrite): Insertable<InstallationsTable> {
  return {
    ...installationColumns(row),
    id: row.id,
    technology: row.technology,
    installed_at: date(row.installedAt),
    technician_id: row.technicianId,
  };
}
