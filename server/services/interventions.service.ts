// Coordinators' side of interventions: the list to review, one record with its history, the review.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { reject } from '../../shared/mutators/reject.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import {
  reviewDecision,
  type Intervention,
  type InterventionListItem,
  type ListInterventionsInput,
  type ReviewEntry,
  type ReviewInterventionInput,
} from '../../shared/schemas/interventions.ts';
import type { ConflictRecord } from '../../shared/schemas/sync.ts';
import { z } from 'zod';
import { audit } from '../repositories/audit.repository.ts';
import * as conflicts from '../repositories/conflicts.repository.ts';
import * as repo from '../repositories/interventions.repository.ts';
import { toDomainRow } from './sync/rows.ts';

function toItem(r: repo.ListedInterventionRow): InterventionListItem {
  return {
    ...toDomainRow('interventions', r.row),
    technicianName: r.technician_name,
    siteName: r.site_name,
    photoCount: r.photo_count,
    buildingAddress: r.building_address,
    fibrePointName: r.fibre_point_name,
    place: r.place_lat !== null && r.place_lon !== null ? { lat: r.place_lat, lon: r.place_lon } : null,
    placeSource: r.place_source,
  };
}

// The list cursor is the last item's (startedAt, id): stable while new records arrive at the top.
const listCursor = z.object({ t: z.iso.datetime(), id: z.uuid() });

function encodeListCursor(item: Intervention): string {
  return Buffer.from(JSON.stringify({ t: item.startedAt, id: item.id })).toString('base64url');
}

function decodeListCursor(cursor: string | null | undefined): { startedAt: Date; id: string } | null {
  if (!cursor) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = null;
  }
  const parsed = listCursor.safeParse(json);
  if (!parsed.success) throw reject('INVALID_ARGS', 'Curseur de liste invalide.');
  return { startedAt: new Date(parsed.data.t), id: parsed.data.id };
}

export async function listInterventions(
  db: Kysely<DB>,
  input: ListInterventionsInput,
): Promise<{ items: InterventionListItem[]; nextCursor: string | null }> {
  const { cursor, limit, ...filters } = input;
  const rows = await repo.listInterventions(db, filters, {
    after: decodeListCursor(cursor),
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map(toItem);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeListCursor(last) : null };
}

export async function getIntervention(
  db: Kysely<DB>,
  id: string,
): Promise<{ intervention: InterventionListItem; reviews: ReviewEntry[]; conflicts: ConflictRecord[] }> {
  const [row] = await repo.listInterventions(db, { id }, { after: null, limit: 1 });
  if (!row) throw reject('NOT_FOUND', 'Intervention introuvable.');
  const history = await repo.reviewHistory(db, id);
  const reviews = history.flatMap((h): ReviewEntry[] => {
    const details = z
      .object({ decision: reviewDecision, comment: z.string().nullable() })
      .safeParse(h.details);
    if (!details.success) return [];
    return [{ at: h.at.toISOString(), reviewerId: h.actor_id, reviewerName: h.actor_name, ...details.data }];
  });
  const overwritten = await conflicts.listConflicts(db, { table: 'interventions', rowId: id, limit: 200 });
  return { intervention: toItem(row), reviews, conflicts: overwritten };
}

/**
 * Approve, or send back with a comment. The row changes like any synced row, so the technician's device
 * receives the decision and the comment through its next pull.
 */
export async function reviewIntervention(
  db: Kysely<DB>,
  reviewer: SessionUser,
  input: ReviewInterventionInput,
): Promise<Intervention> {
  const comment = input.comment?.trim() || null;
  return db.transaction().execute(async (trx) => {
    const row = await repo.setReview(trx, {
      id: input.id,
      status: input.decision === 'approve' ? 'approved' : 'changes_requested',
      comment,
      reviewerId: reviewer.id,
    });
    if (!row) {
      const exists = await repo.findIntervention(trx, input.id);
      throw exists ? reject('ALREADY_REVIEWED') : reject('NOT_FOUND', 'Intervention introuvable.');
    }
    await audit(trx, {
      actorId: reviewer.id,
      action: 'intervention.review',
      targetTable: 'interventions',
      targetId: input.id,
      details: { decision: input.decision, comment },
    });
    return toDomainRow('interventions', row);
  });
}
