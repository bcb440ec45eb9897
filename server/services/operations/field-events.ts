// What technicians' entries tell operations, applied inside the push transaction: a new intervention
// is announced to the channels of its zone; a power or fibre-cut intervention marked "outage in
// progress" opens an incident on its relay or fibre point, or joins the one already open there.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MutatorEvent } from '../../../shared/mutators/index.ts';
import { siteNames } from '../../repositories/incident-area.repository.ts';
import * as repo from '../../repositories/incidents.repository.ts';
import { insertUpdate } from '../../repositories/incident-updates.repository.ts';
import { publishEvent } from './alerts.ts';
import { openIncidentIn } from './incidents.service.ts';

type Outage = Extract<MutatorEvent, { kind: 'outage.reported' }>;

const what = {
  power: { fr: 'Coupure de courant', en: 'Power cut' },
  fibre_cut: { fr: 'Coupure fibre', en: 'Fibre cut' },
} as const;

async function reportOutage(db: Kysely<DB>, e: Outage, userId: string, now: Date): Promise<void> {
  const pointRef = e.fibreNodeId; // a fibre point id (PM or PBO)
  const key = e.siteId
    ? `site:${e.siteId}`
    : pointRef
      ? `point:${pointRef}`
      : e.zoneId
        ? `zone:${e.zoneId}`
        : null;
  if (!key) return; // nowhere to put it: the intervention itself reaches coordinators
  await repo.lockElement(db, key);
  const open = e.siteId ? await repo.findOpenIncidentOnSite(db, e.siteId) : undefined;
  if (open) {
    const note = [open.internal_notes, `Technicien : ${e.summary}`].filter(Boolean).join('\n');
    await repo.updateIncident(db, open.id, { internal_notes: note.slice(0, 5000) });
    await insertUpdate(db, {
      incident_id: open.id,
      kind: 'note',
      public_text_fr: null,
      public_text_en: null,
      note: `Technicien : ${e.summary}`.slice(0, 5000),
      author_id: userId,
      source: 'technician',
      at: now,
    });
    return;
  }
  const name = e.siteId ? ((await siteNames(db, [e.siteId])).get(e.siteId) ?? e.siteId) : (pointRef ?? '');
  // The device's clock is information, not truth: never an incident starting in the future.
  const started = Math.min(Date.parse(e.startedAt), now.getTime());
  await openIncidentIn(
    db,
    {
      siteIds: e.siteId && !e.sectorId ? [e.siteId] : [],
      sectorIds: e.sectorId ? [e.sectorId] : [],
      fibrePointIds: !e.siteId && pointRef ? [pointRef] : [],
      zoneIds: !e.siteId && !pointRef && e.zoneId ? [e.zoneId] : [],
      severity: 'major',
      titleFr: `${what[e.interventionKind].fr}${name ? ` — ${name}` : ''}`,
      titleEn: `${what[e.interventionKind].en}${name ? ` — ${name}` : ''}`,
      internalNotes: `Technicien : ${e.summary}`,
      startedAt: new Date(started).toISOString(),
      source: 'technician',
      interventionId: e.interventionId,
      openedBy: userId,
    },
    now,
  );
}

export async function applyFieldEvent(db: Kysely<DB>, e: MutatorEvent, userId: string, now = new Date()) {
  if (e.kind === 'outage.reported') return reportOutage(db, e, userId, now);
  const siteName = e.siteId ? ((await siteNames(db, [e.siteId])).get(e.siteId) ?? null) : null;
  await publishEvent(
    db,
    {
      kind: 'intervention.created',
      interventionId: e.interventionId,
      interventionKind: e.interventionKind,
      summary: e.summary,
      siteName,
    },
    e.zoneId ? [e.zoneId] : [],
    now,
  );
}
