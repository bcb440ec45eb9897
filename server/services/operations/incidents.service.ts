// Incidents: opened, updated and resolved from the console, by monitoring hooks or by a technician's
// "outage in progress" report. Every change publishes its event to the alert outbox in the same
// transaction and tells the eligibility check to re-read the open incidents.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../../shared/errors.ts';
import type {
  Incident,
  IncidentDetail,
  IncidentElements,
  IncidentSeverity,
  IncidentSource,
  OpenIncidentInput,
  ResolveIncidentInput,
  UpdateIncidentInput,
} from '../../../shared/schemas/incidents.ts';
import { siteNames } from '../../repositories/incident-area.repository.ts';
import * as repo from '../../repositories/incidents.repository.ts';
import { insertUpdate, updatesOf } from '../../repositories/incident-updates.repository.ts';
import { publishEvent } from './alerts.ts';
import { computeArea } from './incident-area.ts';
import { incidentsChanged } from './open-incidents.cache.ts';
import type { IncidentFacts } from './messages.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

function toIncident(r: repo.IncidentRow): Incident {
  return {
    id: r.id,
    status: r.status,
    severity: r.severity,
    titleFr: r.title_fr,
    titleEn: r.title_en,
    publicTextFr: r.public_text_fr,
    publicTextEn: r.public_text_en,
    internalNotes: r.internal_notes,
    siteIds: r.relay_ids,
    sectorIds: r.sector_ids,
    fibrePointIds: r.fibre_point_ids,
    targetZoneIds: r.target_zone_ids,
    zoneIds: r.zone_ids,
    buildingCount: r.building_ids.length,
    membersAffected: r.members_affected,
    source: r.source,
    interventionId: r.intervention_id,
    startedAt: iso(r.started_at),
    resolvedAt: r.resolved_at ? iso(r.resolved_at) : null,
    updatedAt: iso(r.updated_at),
  };
}

async function factsOf(db: Kysely<DB>, r: repo.IncidentRow): Promise<IncidentFacts> {
  const names = await siteNames(db, r.relay_ids);
  return {
    id: r.id,
    title: r.title_fr,
    titleEn: r.title_en,
    text: r.public_text_fr,
    textEn: r.public_text_en,
    severity: r.severity,
    relayNames: r.relay_ids.map((id) => names.get(id) ?? id),
    membersAffected: r.members_affected,
    startedAt: new Date(r.started_at),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  };
}

async function publish(
  db: Kysely<DB>,
  kind: 'incident.opened' | 'incident.updated' | 'incident.resolved',
  id: string,
  now: Date,
): Promise<repo.IncidentRow> {
  const row = await repo.findIncident(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'Incident introuvable.');
  await publishEvent(db, { kind, incident: await factsOf(db, row) }, row.zone_ids, now);
  return row;
}

export interface OpenRequest extends IncidentElements {
  severity: IncidentSeverity;
  titleFr: string;
  titleEn?: string | null;
  publicTextFr?: string | null;
  publicTextEn?: string | null;
  internalNotes?: string | null;
  startedAt?: string;
  source: IncidentSource;
  interventionId?: string | null;
  openedBy?: string | null;
}

/** Opens an incident in the caller's transaction (the hooks and the push run their own). */
export async function openIncidentIn(
  db: Kysely<DB>,
  req: OpenRequest,
  now = new Date(),
): Promise<repo.IncidentRow> {
  const area = await computeArea(db, req);
  const id = randomUUID();
  await repo.insertIncident(db, {
    id,
    severity: req.severity,
    title_fr: req.titleFr,
    title_en: req.titleEn ?? null,
    public_text_fr: req.publicTextFr ?? null,
    public_text_en: req.publicTextEn ?? null,
    internal_notes: req.internalNotes ?? null,
    site_ids: area.siteIds,
    sector_ids: area.sectorIds,
    fibre_point_ids: area.fibrePointIds,
    target_zone_ids: area.targetZoneIds,
    relay_ids: area.relayIds,
    zone_ids: area.zoneIds,
    building_ids: area.buildingIds,
    members_affected: area.membersAffected,
    source: req.source,
    intervention_id: req.interventionId ?? null,
    opened_by: req.openedBy ?? null,
    started_at: req.startedAt ? new Date(req.startedAt) : now,
  });
  await insertUpdate(db, {
    incident_id: id,
    kind: 'opened',
    public_text_fr: req.publicTextFr ?? null,
    public_text_en: req.publicTextEn ?? null,
    note: req.internalNotes ?? null,
    author_id: req.openedBy ?? null,
    source: req.source,
    at: now,
  });
  incidentsChanged();
  return publish(db, 'incident.opened', id, now);
}

export async function openIncident(
  db: Kysely<DB>,
  input: OpenIncidentInput,
  actorId: string,
  now = new Date(),
): Promise<Incident> {
  const row = await db
    .transaction()
    .execute((trx) => openIncidentIn(trx, { ...input, source: 'console', openedBy: actorId }, now));
  incidentsChanged(); // again after commit: a check that reloaded meanwhile read the old state
  return toIncident(row);
}

/** Who made a change, for the timeline: a coordinator in the console, or a monitor. */
export interface Actor {
  source: IncidentSource;
  authorId: string | null;
}
const consoleActor = (authorId: string | null): Actor => ({ source: 'console', authorId });

export async function updateIncident(
  db: Kysely<DB>,
  input: UpdateIncidentInput,
  actorId: string | null = null,
  now = new Date(),
): Promise<Incident> {
  const row = await db.transaction().execute(async (trx) => {
    const current = await repo.findIncident(trx, input.id, true);
    if (!current) throw new DomainError('NOT_FOUND', 'Incident introuvable.');
    const elements: IncidentElements = {
      siteIds: input.siteIds ?? current.site_ids,
      sectorIds: input.sectorIds ?? current.sector_ids,
      fibrePointIds: input.fibrePointIds ?? current.fibre_point_ids,
      zoneIds: input.zoneIds ?? current.target_zone_ids,
    };
    const area = await computeArea(trx, elements);
    await repo.updateIncident(trx, input.id, {
      ...(input.severity ? { severity: input.severity } : {}),
      ...(input.titleFr ? { title_fr: input.titleFr } : {}),
      ...(input.titleEn !== undefined ? { title_en: input.titleEn } : {}),
      ...(input.publicTextFr !== undefined ? { public_text_fr: input.publicTextFr } : {}),
      ...(input.publicTextEn !== undefined ? { public_text_en: input.publicTextEn } : {}),
      ...(input.internalNotes !== undefined ? { internal_notes: input.internalNotes } : {}),
      site_ids: area.siteIds,
      sector_ids: area.sectorIds,
      fibre_point_ids: area.fibrePointIds,
      target_zone_ids: area.targetZoneIds,
      relay_ids: area.relayIds,
      zone_ids: area.zoneIds,
      building_ids: area.buildingIds,
      members_affected: area.membersAffected,
    });
    await insertUpdate(trx, {
      incident_id: input.id,
      kind: 'updated',
      public_text_fr: input.publicTextFr ?? null,
      public_text_en: input.publicTextEn ?? null,
      note: input.internalNotes ?? null,
      author_id: actorId,
      source: 'console',
      at: now,
    });
    incidentsChanged();
    // Internal notes alone are nobody's news outside the console.
    const publicChange = Object.keys(input).some((k) => k !== 'id' && k !== 'internalNotes');
    if (current.status === 'open' && publicChange) return publish(trx, 'incident.updated', input.id, now);
    return (await repo.findIncident(trx, input.id)) ?? current;
  });
  incidentsChanged();
  return toIncident(row);
}

/** Resolves in the caller's transaction; resolving a resolved incident changes nothing. */
export async function resolveIncidentIn(
  db: Kysely<DB>,
  input: ResolveIncidentInput,
  now = new Date(),
  actor: Actor = consoleActor(null),
): Promise<repo.IncidentRow> {
  const current = await repo.findIncident(db, input.id, true);
  if (!current) throw new DomainError('NOT_FOUND', 'Incident introuvable.');
  if (current.status === 'resolved') return current;
  await repo.updateIncident(db, input.id, {
    status: 'resolved',
    resolved_at: now,
    ...(input.publicTextFr !== undefined ? { public_text_fr: input.publicTextFr } : {}),
    ...(input.publicTextEn !== undefined ? { public_text_en: input.publicTextEn } : {}),
  });
  await insertUpdate(db, {
    incident_id: input.id,
    kind: 'resolved',
    public_text_fr: input.publicTextFr ?? null,
    public_text_en: input.publicTextEn ?? null,
    note: null,
    author_id: actor.authorId,
    source: actor.source,
    at: now,
  });
  incidentsChanged();
  return publish(db, 'incident.resolved', input.id, now);
}

/** The same alert fired again soon after its incident was resolved: it was one outage, not two. */
export async function reopenIncidentIn(
  db: Kysely<DB>,
  id: string,
  now: Date,
  actor: Actor,
): Promise<repo.IncidentRow> {
  await repo.updateIncident(db, id, { status: 'open', resolved_at: null });
  await insertUpdate(db, {
    incident_id: id,
    kind: 'reopened',
    public_text_fr: null,
    public_text_en: null,
    note: null,
    author_id: actor.authorId,
    source: actor.source,
    at: now,
  });
  incidentsChanged();
  return publish(db, 'incident.updated', id, now);
}

export async function resolveIncident(
  db: Kysely<DB>,
  input: ResolveIncidentInput,
  actorId: string | null = null,
  now = new Date(),
): Promise<Incident> {
  const row = await db
    .transaction()
    .execute((trx) => resolveIncidentIn(trx, input, now, consoleActor(actorId)));
  incidentsChanged();
  return toIncident(row);
}

export async function listIncidents(db: Kysely<DB>, status?: 'open' | 'resolved'): Promise<Incident[]> {
  return (await repo.recentIncidents(db, { status, limit: 200 })).map(toIncident);
}

export async function getIncident(db: Kysely<DB>, id: string): Promise<IncidentDetail> {
  const row = await repo.findIncident(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'Incident introuvable.');
  const updates = (await updatesOf(db, id)).map((u) => ({
    id: u.id,
    kind: u.kind,
    publicTextFr: u.public_text_fr,
    publicTextEn: u.public_text_en,
    note: u.note,
    source: u.source,
    authorName: u.author_name,
    at: iso(u.at),
  }));
  return { ...toIncident(row), updates };
}
