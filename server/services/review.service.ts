// Review of many interventions at once, and what a resubmission changed since the version reviewed.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { reject, sameValue } from '../../shared/mutators/reject.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { editableFields, type Intervention } from '../../shared/schemas/interventions.ts';
import type {
  BulkApproveInput,
  BulkApproveOutput,
  VersionDiffInput,
  VersionDiffOutput,
} from '../../shared/schemas/review.ts';
import { audit } from '../repositories/audit.repository.ts';
import * as repo from '../repositories/interventions.repository.ts';
import { listVersions } from '../repositories/intervention-versions.repository.ts';
import { toDomainRow } from './sync/rows.ts';

/**
 * Approves each listed intervention not yet approved, in one transaction; the others are reported,
 * not failed, so one record approved meanwhile by a colleague does not undo the batch.
 */
export async function bulkApprove(
  db: Kysely<DB>,
  reviewer: SessionUser,
  input: BulkApproveInput,
): Promise<BulkApproveOutput> {
  const comment = input.comment?.trim() || null;
  return db.transaction().execute(async (trx) => {
    const out: BulkApproveOutput = { approved: [], skipped: [] };
    for (const id of input.ids) {
      const row = await repo.setReview(trx, { id, status: 'approved', comment, reviewerId: reviewer.id });
      if (!row) {
        const exists = await repo.findIntervention(trx, id);
        out.skipped.push({ id, code: exists ? 'ALREADY_REVIEWED' : 'NOT_FOUND' });
        continue;
      }
      await audit(trx, {
        actorId: reviewer.id,
        action: 'intervention.review',
        targetTable: 'interventions',
        targetId: id,
        details: { decision: 'approve', comment, bulk: true },
      });
      out.approved.push(id);
    }
    return out;
  });
}

const jsonObject = z.record(z.string(), z.unknown());

/** Field by field, what the technician-editable fields became between two versions. */
export async function versionDiff(db: Kysely<DB>, input: VersionDiffInput): Promise<VersionDiffOutput> {
  const versions = await listVersions(db, input.id);
  if (!versions.length) throw reject('NOT_FOUND', 'Intervention introuvable.');
  const rows = new Map<number, Intervention>();
  for (const v of versions) {
    const data = jsonObject.safeParse(v.data);
    if (data.success) rows.set(v.version, toDomainRow('interventions', data.data));
  }
  const latest = versions.at(-1)?.version ?? 1;
  // Default base: the version a coordinator last looked at (the last review), else the first.
  // A review is the version whose reviewedAt differs from the one before it.
  const reviewed = versions
    .filter((v, i) => {
      const at = rows.get(v.version)?.reviewedAt ?? null;
      const prev = i > 0 ? (rows.get(versions[i - 1]?.version ?? 0)?.reviewedAt ?? null) : null;
      return at !== null && at !== prev && v.version < latest;
    })
    .at(-1);
  const from = input.from ?? reviewed?.version ?? versions[0]?.version ?? 1;
  const to = input.to ?? latest;
  const before = rows.get(from);
  const after = rows.get(to);
  if (!before || !after) throw reject('NOT_FOUND', 'Version introuvable.');
  const changes = editableFields
    .filter((f) => !sameValue(before[f], after[f]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
  return {
    versions: versions.map((v) => ({
      version: v.version,
      at: v.created_at.toISOString(),
      byName: v.by_name,
    })),
    from,
    to,
    changes,
  };
}
