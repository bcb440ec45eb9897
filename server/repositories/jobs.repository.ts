// Installation jobs: subscription requests planned as a visit by one technician.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB, InstallationJobsTable } from '../db/schema.ts';
import type { ListJobsInput } from '../../shared/schemas/jobs.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertJob(db: Db, row: Insertable<InstallationJobsTable>): Promise<boolean> {
  const res = await db
    .insertInto('installation_jobs')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The job as JSON (to_jsonb, the form rows.ts converts), with its technician's name. */
export async function listJobs(
  db: Db,
  q: ListJobsInput & { id?: string },
): Promise<{ row: Record<string, unknown>; technician_name: string }[]> {
  return db
    .selectFrom('installation_jobs as j')
    .innerJoin('users as u', 'u.id', 'j.technician_id')
    .select([sql<Record<string, unknown>>`to_jsonb(j)`.as('row'), 'u.name as technician_name'])
    .$if(q.id !== undefined, (b) => b.where('j.id', '=', q.id ?? ''))
    .$if(q.subscriptionId !== undefined, (b) => b.where('j.subscription_id', '=', q.subscriptionId ?? ''))
    .$if(q.status !== undefined, (b) => b.where('j.status', '=', q.status ?? 'open'))
    .orderBy('j.scheduled_for', 'desc')
    .orderBy('j.id')
    .limit(500)
    .execute();
}

/**
 * Closes an open job with the installation recorded from it and marks its request connected
 * (status `done`). False when the job is gone or no longer open.
 */
export async function closeJob(db: Db, jobId: string, installationId: string): Promise<boolean> {
  const closed = await db
    .updateTable('installation_jobs')
    .set({ status: 'done', installation_id: installationId, updated_at: sql`now()` })
    .where('id', '=', jobId)
    .where('status', '=', 'open')
    .returning('subscription_id')
    .executeTakeFirst();
  if (!closed) return false;
  if (closed.subscription_id) {
    await db
      .updateTable('subscription_requests')
      .set({ status: 'done' })
      .where('id', '=', closed.subscription_id)
      .execute();
  }
  return true;
}

export async function cancelJob(db: Db, id: string): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    update installation_jobs j set status = 'cancelled', updated_at = now()
    where j.id = ${id} and j.status = 'open' returning to_jsonb(j) as row`.execute(db);
  return res.rows[0]?.row;
}
