// A subscription request becomes an installation job: a visit by one technician on a date. The job
// copies what the visit needs from the request and travels to that technician's device (sync.pull);
// the installation recorded from it closes it (shared/mutators/installations.ts → closeJob).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { reject } from '../../shared/mutators/reject.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import type { CreateJobInput, JobListItem, ListJobsInput } from '../../shared/schemas/jobs.ts';
import { audit } from '../repositories/audit.repository.ts';
import * as jobs from '../repositories/jobs.repository.ts';
import { findSubscription, updateSubscriptionStatus } from '../repositories/subscription.repository.ts';
import { findActiveUser } from '../repositories/users.repository.ts';
import { toDomainRow } from './sync/rows.ts';

function toItem(r: { row: Record<string, unknown>; technician_name: string }): JobListItem {
  return { ...toDomainRow('installation_jobs', r.row), technicianName: r.technician_name };
}

export async function listJobs(db: Kysely<DB>, input: ListJobsInput): Promise<JobListItem[]> {
  return (await jobs.listJobs(db, input)).map(toItem);
}

export async function createJob(
  db: Kysely<DB>,
  actor: SessionUser,
  input: CreateJobInput,
): Promise<JobListItem> {
  return db.transaction().execute(async (trx) => {
    const request = await findSubscription(trx, input.subscriptionId);
    if (!request) throw reject('NOT_FOUND', 'Demande introuvable.');
    if (request.status === 'done' || request.status === 'cancelled') {
      throw reject('INVALID_ARGS', 'Cette demande est close : rouvrez-la avant de planifier une visite.');
    }
    const technician = await findActiveUser(trx, input.technicianId);
    if (!technician || technician.role !== 'technician') {
      throw reject('UNKNOWN_REFERENCE', 'Ce technicien n’existe pas ou est désactivé.');
    }
    const inserted = await jobs.insertJob(trx, {
      id: input.id,
      subscription_id: request.id,
      technician_id: technician.id,
      scheduled_for: new Date(input.scheduledFor),
      technology: request.technology,
      name: request.name,
      phone: request.phone,
      address: request.address,
      lat: request.position.lat,
      lon: request.position.lon,
      building_id: request.buildingId,
      sector_id: request.sectorId,
      notes: input.notes || request.comment,
      created_by: actor.id,
    });
    if (inserted) {
      await updateSubscriptionStatus(trx, request.id, 'scheduled');
      await audit(trx, {
        actorId: actor.id,
        action: 'job.create',
        targetTable: 'installation_jobs',
        targetId: input.id,
        details: {
          subscriptionId: request.id,
          technicianId: technician.id,
          scheduledFor: input.scheduledFor,
        },
      });
    }
    const [row] = await jobs.listJobs(trx, { id: input.id });
    // A retry with the same id returns the job made the first time; another request's job is refused.
    if (!row || row.row.subscription_id !== request.id) {
      throw reject('FORBIDDEN', 'Cet identifiant est déjà celui d’une autre visite.');
    }
    return toItem(row);
  });
}

export async function cancelJob(db: Kysely<DB>, actor: SessionUser, id: string): Promise<JobListItem> {
  return db.transaction().execute(async (trx) => {
    const row = await jobs.cancelJob(trx, id);
    if (!row) {
      const [exists] = await jobs.listJobs(trx, { id });
      throw exists ? reject('INVALID_ARGS', 'Cette visite est déjà close.') : reject('NOT_FOUND');
    }
    const subscriptionId = typeof row.subscription_id === 'string' ? row.subscription_id : null;
    // The request goes back to the team's follow-up list.
    if (subscriptionId) await updateSubscriptionStatus(trx, subscriptionId, 'contacted');
    await audit(trx, {
      actorId: actor.id,
      action: 'job.cancel',
      targetTable: 'installation_jobs',
      targetId: id,
    });
    const [item] = await jobs.listJobs(trx, { id });
    if (!item) throw reject('NOT_FOUND');
    return toItem(item);
  });
}
