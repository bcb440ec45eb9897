// GDPR retention of prospects' personal data: a daily purge of what is past its retention date
// (3 years from last contact, DOMAIN.md), logged and audited with counts only; and the export of one
// person's data on request (right of access), audited by id.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { reject } from '../../shared/mutators/reject.ts';
import { audit } from '../repositories/audit.repository.ts';
import { findInterest, purgeExpiredInterest } from '../repositories/interest.repository.ts';
import * as jobs from '../repositories/jobs.repository.ts';
import { findSubscription, purgeExpiredSubscriptions } from '../repositories/subscription.repository.ts';
import { toDomainRow } from './sync/rows.ts';

export interface PurgeReport {
  interest: number;
  subscriptions: number;
}

export async function purgeExpiredProspects(db: Kysely<DB>, now = new Date()): Promise<PurgeReport> {
  return db.transaction().execute(async (trx) => {
    const report = {
      interest: await purgeExpiredInterest(trx, now),
      subscriptions: await purgeExpiredSubscriptions(trx, now),
    };
    await audit(trx, {
      actorId: null,
      action: 'prospects.purge',
      details: { ...report, at: now.toISOString() },
    });
    return report;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs the purge now and then once a day while the server runs. Several server processes on one
 * PostgreSQL may each run it: deleting what is already deleted is harmless.
 */
export function scheduleDailyPurge(
  db: Kysely<DB>,
  log: { info(o: object, msg: string): void; error(o: object, msg: string): void },
): () => void {
  const run = () =>
    purgeExpiredProspects(db).then(
      (report) => log.info({ purged: report }, 'prospects past their retention date purged'),
      (err: unknown) => log.error({ err }, 'prospects purge failed'),
    );
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Everything held about one person, as JSON (their registration or request, and planned visits). */
export async function exportPerson(
  db: Kysely<DB>,
  actorId: string,
  target: { kind: 'interest' | 'subscription'; id: string },
): Promise<{ filename: string; json: string }> {
  const record =
    target.kind === 'interest' ? await findInterest(db, target.id) : await findSubscription(db, target.id);
  if (!record) throw reject('NOT_FOUND', 'Personne introuvable.');
  const visits =
    target.kind === 'subscription'
      ? (await jobs.listJobs(db, { subscriptionId: target.id })).map((j) => {
          const job = toDomainRow('installation_jobs', j.row);
          return { scheduledFor: job.scheduledFor, status: job.status, technician: j.technician_name };
        })
      : [];
  await audit(db, {
    actorId,
    action: `${target.kind}.export-person`,
    targetTable: target.kind === 'interest' ? 'interest_registrations' : 'subscription_requests',
    targetId: target.id,
  });
  const doc = {
    note: 'Données personnelles détenues par la coopérative (RGPD, droit d’accès).',
    exportedAt: new Date().toISOString(),
    [target.kind === 'interest' ? 'registration' : 'subscriptionRequest']: record,
    ...(target.kind === 'subscription' ? { visits } : {}),
  };
  return { filename: `donnees-${target.id}.json`, json: JSON.stringify(doc, null, 2) };
}
