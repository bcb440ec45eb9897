// Subscription requests are accepted only where the eligibility check offers that technology now:
// the check runs again on the server, whatever the client showed (data may have changed since).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor } from '../../shared/schemas/interest.ts';
import type { RequestSubscriptionInput, SubscriptionListInput } from '../../shared/schemas/subscription.ts';
import * as repo from '../repositories/subscription.repository.ts';
import { checkEligibility } from './eligibility.service.ts';
import { DEFAULT_PAGE, retentionFrom } from './interest.service.ts';
import { publishEvent } from './operations/alerts.ts';
import { queueSubscriptionAck, type MailSettings } from './operations/member-mail.ts';

const label = { fibre: 'fibre', radio: 'radio' } as const;

export async function requestSubscription(
  db: Kysely<DB>,
  input: RequestSubscriptionInput,
  now = new Date(),
  mail: { settings: MailSettings | null; coopEmail: string } | null = null,
): Promise<{ id: string }> {
  const { lat, lon } = input.position;
  const result = await checkEligibility(db, { lat, lon, lang: 'fr' }, now.getTime());
  const sameTech = result.options.filter((o) => o.technology === input.technology);
  const offered = sameTech.filter((o) => o.status === 'available');
  if (offered.length === 0) {
    const why = sameTech[0]?.reason ?? 'aucune couverture';
    throw new DomainError(
      'NOT_ELIGIBLE',
      `Pas d'offre ${label[input.technology]} disponible à cette position : ${why} (not eligible)`,
    );
  }
  // The option the person picked, when they named one; else the best the engine ranks first.
  const chosen = offered.find(
    (o) =>
      (input.buildingId === undefined || o.buildingId === input.buildingId) &&
      (input.sectorId === undefined || o.sectorId === input.sectorId),
  );
  if (!chosen) {
    throw new DomainError(
      'NOT_ELIGIBLE',
      "L'immeuble ou le secteur choisi ne dessert pas cette position (option not available here)",
    );
  }
  const id = input.requestId ?? randomUUID();
  await db.transaction().execute(async (trx) => {
    const inserted = await repo.insertSubscription(trx, {
      id,
      technology: input.technology,
      lat,
      lon,
      address: input.address ?? null,
      building_id: chosen.buildingId ?? null,
      sector_id: chosen.sectorId ?? null,
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      comment: input.comment ?? null,
      consent_at: now,
      retention_until: retentionFrom(now),
    });
    if (!inserted) return; // the same request again (a lost answer): told once already
    const zones = chosen.zoneId ? [chosen.zoneId] : [];
    await publishEvent(
      trx,
      { kind: 'prospect.created', id, what: 'subscription', technology: input.technology },
      zones,
      now,
    );
    if (mail)
      await queueSubscriptionAck(
        trx,
        mail.settings,
        { id, email: input.email ?? null, technology: input.technology },
        mail.coopEmail,
        now,
      );
  });
  return { id };
}

export async function listSubscriptionRequests(
  db: Kysely<DB>,
  input: SubscriptionListInput,
  now = new Date(),
) {
  await repo.purgeExpiredSubscriptions(db, now);
  const { items, last } = await repo.listSubscriptions(db, {
    status: input.status,
    technology: input.technology,
    after: input.cursor ? decodeCursor(input.cursor) : null,
    limit: input.limit ?? DEFAULT_PAGE,
  });
  return { items, nextCursor: last ? encodeCursor(last) : null };
}
