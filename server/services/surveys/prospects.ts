// What staff see of prospects outside the console: the technician map's points (positions and states
// in their zones; a name and phone only where a visit or survey is theirs), and the surveys of requests.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import { roleRank } from '../../../shared/schemas/auth.ts';
import { outcomeOf, type ProspectPoint, type SurveySummary } from '../../../shared/schemas/surveys.ts';
import * as surveysRepo from '../../repositories/surveys.repository.ts';
import { zoneCheck } from './zone-check.ts';

export async function prospectPoints(
  db: Kysely<DB>,
  user: SessionUser,
): Promise<{ items: ProspectPoint[]; asOf: string }> {
  const everywhere = roleRank[user.role] >= roleRank.coordinator;
  const inZones = everywhere ? () => true : await zoneCheck(db, user.id);
  const assigned = await surveysRepo.assignedTo(db, user.id);
  const contact = (r: { id: string; name: string | null; phone: string | null; address: string | null }) =>
    assigned.has(r.id) ? { name: r.name ?? '', phone: r.phone, address: r.address } : null;
  const items: ProspectPoint[] = [];
  for (const r of await surveysRepo.subscriptionPoints(db)) {
    if (!assigned.has(r.id) && !inZones(r)) continue;
    items.push({
      kind: 'subscription',
      id: r.id,
      position: { lat: r.lat, lon: r.lon },
      state: r.status,
      technology: r.technology,
      sectorId: r.sector_id,
      surveyOutcome: r.survey_outcome,
      createdAt: r.created_at.toISOString(),
      contact: contact(r),
    });
  }
  for (const r of await surveysRepo.interestPoints(db)) {
    if (!assigned.has(r.id) && !inZones({ ...r, sector_id: null, building_id: null })) continue;
    items.push({
      kind: 'interest',
      id: r.id,
      position: { lat: r.lat, lon: r.lon },
      state: r.kind,
      technology: null,
      sectorId: null,
      surveyOutcome: null,
      createdAt: r.created_at.toISOString(),
      contact: contact(r),
    });
  }
  return { items, asOf: new Date().toISOString() };
}

/** Every survey of these requests (newest first), by request id. */
export async function subscriptionSurveys(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Record<string, SurveySummary[]>> {
  const out: Record<string, SurveySummary[]> = {};
  for (const r of await surveysRepo.surveysOf(db, ids)) {
    if (!r.subscription_id) continue;
    (out[r.subscription_id] ??= []).push({
      id: r.id,
      verdict: r.verdict,
      outcome: outcomeOf(r.verdict),
      sectorId: r.sector_id,
      sectorSite: r.site_name,
      sectorAzimuthDeg: r.azimuth_deg,
      signalDbm: r.signal_dbm,
      snrDb: r.snr_db,
      capacityMbps: r.capacity_mbps,
      mountPoint: r.mount_point,
      mountHeightM: r.mount_height_m,
      photos: Array.isArray(r.photos) ? r.photos.filter((p): p is string => typeof p === 'string') : [],
      recommendation: r.recommendation,
      surveyedAt: r.surveyed_at.toISOString(),
      technicianName: r.technician_name,
    });
  }
  return out;
}
