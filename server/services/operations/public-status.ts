// The public status (CONTRACT §7): /status.json, /status.atom and the /statut page read the same
// list, newest first. Internal notes, sources and members counts stay out: only what the public may see.
import type { Kysely } from 'kysely';
import { Feed } from 'feed';
import type { DB } from '../../db/schema.ts';
import type { PublicIncident, PublicStatus } from '../../../shared/schemas/incidents.ts';
import { recentIncidents, type IncidentRow } from '../../repositories/incidents.repository.ts';
import { siteNames, zoneNames } from '../../repositories/incident-area.repository.ts';

const STATUS_LIMIT = 100;

function toPublicIncident(r: IncidentRow): PublicIncident {
  return {
    id: r.id,
    status: r.status,
    title: r.title_fr,
    ...(r.title_en ? { titleEn: r.title_en } : {}),
    ...(r.public_text_fr ? { text: r.public_text_fr } : {}),
    ...(r.public_text_en ? { textEn: r.public_text_en } : {}),
    severity: r.severity,
    siteIds: r.relay_ids,
    sectorIds: r.sector_ids,
    zoneIds: r.zone_ids,
    startedAt: new Date(r.started_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    ...(r.resolved_at ? { resolvedAt: new Date(r.resolved_at).toISOString() } : {}),
  };
}

export async function publicStatus(db: Kysely<DB>, limit = STATUS_LIMIT): Promise<PublicStatus> {
  return { incidents: (await recentIncidents(db, { limit })).map(toPublicIncident) };
}

/** Names of the relays and zones the incidents mention, for pages people read. */
export async function placeNames(
  db: Kysely<DB>,
  incidents: PublicIncident[],
): Promise<{ sites: Map<string, string>; zones: Map<string, string> }> {
  const sites = await siteNames(db, [...new Set(incidents.flatMap((i) => i.siteIds))]);
  const zones = await zoneNames(db, [...new Set(incidents.flatMap((i) => i.zoneIds))]);
  return { sites, zones };
}

export function statusAtom(
  status: PublicStatus,
  names: { sites: Map<string, string> },
  o: { baseUrl: string; coopName: string; now: Date },
): string {
  const newest = status.incidents.reduce<Date | null>((acc, i) => {
    const d = new Date(i.resolvedAt ?? i.updatedAt);
    return acc && acc > d ? acc : d;
  }, null);
  const feed = new Feed({
    id: `${o.baseUrl}/statut`,
    title: `État du réseau — ${o.coopName}`,
    link: `${o.baseUrl}/statut`,
    language: 'fr',
    updated: newest ?? o.now,
    copyright: o.coopName,
    generator: false,
    feedLinks: { atom: `${o.baseUrl}/status.atom` },
  });
  for (const i of status.incidents) {
    const where = i.siteIds.map((id) => names.sites.get(id) ?? id).join(', ');
    const state = i.status === 'open' ? 'En cours' : 'Résolu';
    feed.addItem({
      id: `urn:uuid:${i.id}`,
      title: `[${state}] ${i.title}`,
      link: `${o.baseUrl}/statut#incident-${i.id}`,
      date: new Date(i.resolvedAt ?? i.updatedAt),
      published: new Date(i.startedAt),
      description: [where ? `Relais : ${where}.` : '', i.text ?? ''].filter(Boolean).join(' ') || state,
    });
  }
  return feed.atom1();
}
