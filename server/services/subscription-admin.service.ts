// Coordinators' follow-up of subscription requests, and erasure on request (GDPR), both audited.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import type { SetSubscriptionStatusInput, SubscriptionRequest } from '../../shared/schemas/subscription.ts';
import { audit } from '../repositories/audit.repository.ts';
import { deleteSubscription, updateSubscriptionStatus } from '../repositories/subscription.repository.ts';

export async function setSubscriptionStatus(
  db: Kysely<DB>,
  input: SetSubscriptionStatusInput,
  actorId: string,
): Promise<SubscriptionRequest> {
  const updated = await updateSubscriptionStatus(db, input.id, input.status);
  if (!updated) throw new DomainError('NOT_FOUND', 'Demande introuvable.');
  await audit(db, {
    actorId,
    action: 'subscription.status',
    targetTable: 'subscription_requests',
    targetId: input.id,
    details: { status: input.status },
  });
  return updated;
}

export async function eraseSubscription(
  db: Kysely<DB>,
  id: string,
  actorId: string,
): Promise<{ deleted: true }> {
  if (!(await deleteSubscription(db, id))) throw new DomainError('NOT_FOUND', 'Demande introuvable.');
  // The audit keeps the id only: the point of erasure is that the personal data is gone.
  await audit(db, {
    actorId,
    action: 'subscription.delete',
    targetTable: 'subscription_requests',
    targetId: id,
  });
  return { deleted: true };
}
