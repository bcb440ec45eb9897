// The open incidents, as the eligibility check reads them on every call: kept in memory and re-read
// when this process changes an incident, or after TTL_MS (another process on the same PostgreSQL may
// have changed one). A public check never waits more than one small query for them.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OpenIncidentScope } from '../../../shared/operations/incident-options.ts';
import { openIncidents } from '../../repositories/incidents.repository.ts';

const TTL_MS = 5_000;

let generation = 0;
const cache = new WeakMap<Kysely<DB>, { at: number; generation: number; scopes: OpenIncidentScope[] }>();

export function incidentsChanged(): void {
  generation++;
}

export async function openIncidentScopes(db: Kysely<DB>, now = Date.now()): Promise<OpenIncidentScope[]> {
  const hit = cache.get(db);
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.scopes;
  const seen = generation;
  const scopes = (await openIncidents(db)).map((r) => ({
    id: r.id,
    title: r.title_fr,
    titleEn: r.title_en,
    startedAt: new Date(r.started_at).toISOString(),
    siteIds: r.site_ids,
    sectorIds: r.sector_ids,
    buildingIds: r.building_ids,
    targetZoneIds: r.target_zone_ids,
  }));
  cache.set(db, { at: now, generation: seen, scopes });
  return scopes;
}
