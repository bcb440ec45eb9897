// Monitoring in: an alert naming a site opens an incident on it, or joins the open one; the same alert
// firing again (Alertmanager repeats it every repeat_interval) only refreshes it; its resolution
// resolves the incident once none of the incident's alerts still fires. An alert that resolves and
// fires again within FLAP_WINDOW_MS reopens the same incident instead of opening a new one.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IncidentSeverity } from '../../../shared/schemas/incidents.ts';
import { siteNames } from '../../repositories/incident-area.repository.ts';
import * as repo from '../../repositories/incidents.repository.ts';
import { openIncidentIn, reopenIncidentIn, resolveIncidentIn } from './incidents.service.ts';
import { incidentsChanged } from './open-incidents.cache.ts';

const FLAP_WINDOW_MS = 10 * 60_000;

export interface MonitoringSignal {
  source: 'alertmanager' | 'uptime_kuma';
  siteId: string;
  fingerprint: string;
  firing: boolean;
  title: string | null;
  details: string | null;
  severity: IncidentSeverity;
  at: Date | null;
}

export type SignalOutcome =
  | { action: 'opened' | 'updated' | 'refreshed' | 'resolved' | 'reopened'; incidentId: string }
  | { action: 'ignored'; reason: string };

export function fingerprintOf(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`);
  return createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 16);
}

/** A time a monitor reports, when it is plausible (Alertmanager sends 0001-01-01 for "unset"). */
export function plausibleTime(raw: string | null | undefined, now: Date): Date | null {
  if (!raw) return null;
  const t = Date.parse(raw);
  if (Number.isNaN(t) || t < Date.UTC(2000, 0, 1) || t > now.getTime() + 5 * 60_000) return null;
  return new Date(t);
}

async function fire(db: Kysely<DB>, s: MonitoringSignal, now: Date): Promise<SignalOutcome> {
  const known = await repo.findOpenIncidentByAlert(db, s.fingerprint);
  if (known) {
    await repo.upsertAlert(db, { incidentId: known.id, fingerprint: s.fingerprint, firing: true });
    return { action: 'refreshed', incidentId: known.id };
  }
  const onSite = await repo.findOpenIncidentOnSite(db, s.siteId);
  if (onSite) {
    // Another alert about a relay already under an incident: the incident says more, not twice.
    await repo.upsertAlert(db, { incidentId: onSite.id, fingerprint: s.fingerprint, firing: true });
    const note = [onSite.internal_notes, s.details].filter(Boolean).join('\n');
    await repo.updateIncident(db, onSite.id, { internal_notes: note || null });
    return { action: 'updated', incidentId: onSite.id };
  }
  const flapped = await repo.recentlyResolvedByAlert(
    db,
    s.fingerprint,
    new Date(now.getTime() - FLAP_WINDOW_MS),
  );
  if (flapped) {
    await reopenIncidentIn(db, flapped.id, now, { source: s.source, authorId: null });
    await repo.upsertAlert(db, { incidentId: flapped.id, fingerprint: s.fingerprint, firing: true });
    return { action: 'reopened', incidentId: flapped.id };
  }
  const name = (await siteNames(db, [s.siteId])).get(s.siteId) ?? s.siteId;
  const opened = await openIncidentIn(
    db,
    {
      siteIds: [s.siteId],
      sectorIds: [],
      fibrePointIds: [],
      zoneIds: [],
      severity: s.severity,
      titleFr: (s.title ?? `Relais ${name} injoignable`).slice(0, 200),
      titleEn: s.title ? null : `${name} relay unreachable`,
      internalNotes: s.details,
      startedAt: (s.at ?? now).toISOString(),
      source: s.source,
    },
    now,
  );
  await repo.upsertAlert(db, { incidentId: opened.id, fingerprint: s.fingerprint, firing: true });
  return { action: 'opened', incidentId: opened.id };
}

async function settle(db: Kysely<DB>, s: MonitoringSignal, now: Date): Promise<SignalOutcome> {
  const incident = await repo.findOpenIncidentByAlert(db, s.fingerprint);
  if (!incident) return { action: 'ignored', reason: 'no open incident for this alert' };
  await repo.upsertAlert(db, { incidentId: incident.id, fingerprint: s.fingerprint, firing: false });
  // Someone opened it by hand (or a technician did): people close it, not the monitor.
  if (incident.source !== 'alertmanager' && incident.source !== 'uptime_kuma') {
    return { action: 'updated', incidentId: incident.id };
  }
  if ((await repo.firingAlertCount(db, incident.id)) > 0)
    return { action: 'updated', incidentId: incident.id };
  await resolveIncidentIn(db, { id: incident.id }, s.at ?? now, { source: s.source, authorId: null });
  return { action: 'resolved', incidentId: incident.id };
}

/** One signal, in its own transaction, serialised with any other change about the same site. */
export async function applySignal(
  db: Kysely<DB>,
  s: MonitoringSignal,
  now = new Date(),
): Promise<SignalOutcome> {
  const exists = (await siteNames(db, [s.siteId])).has(s.siteId);
  if (!exists) return { action: 'ignored', reason: `unknown site ${s.siteId.slice(0, 64)}` };
  const outcome = await db.transaction().execute(async (trx) => {
    await repo.lockElement(trx, `site:${s.siteId}`);
    return s.firing ? fire(trx, s, now) : settle(trx, s, now);
  });
  incidentsChanged();
  return outcome;
}
