// Interest registrations (contract §2.4 interest.register) and what coordinators do with them.
//
// Duplicates: a registration with the same email or phone as an existing one within 100 m is the same
// person at the same home. No second row is created (the demand map would count them twice). The
// caller is anonymous, so the repeat answers exactly as a new registration does (a fresh id) and changes
// nothing of the existing one (not its fields, not its consent or retention): knowing someone's e-mail
// must tell nothing about where they registered, nor let anyone renew their consent.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import { distanceM, metresPerDegree } from '../../shared/eligibility/geo.ts';
import type { Position } from '../../shared/schemas/common.ts';
import {
  decodeCursor,
  encodeCursor,
  type Bbox,
  type InterestListInput,
  type RegisterInterestInput,
} from '../../shared/schemas/interest.ts';
import { audit } from '../repositories/audit.repository.ts';
import * as repo from '../repositories/interest.repository.ts';
import { publishEvent } from './operations/alerts.ts';
import { queueConfirmation, type MailSettings } from './operations/member-mail.ts';

const DUPLICATE_RADIUS_M = 100;
const RETENTION_YEARS = 3;

/** GDPR / CNIL: prospects' data is kept at most 3 years from the last contact. */
export function retentionFrom(now: Date): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() + RETENTION_YEARS);
  return d;
}

function boxAround(p: Position, metres: number): Bbox {
  const m = metresPerDegree(p.lat);
  const dLat = metres / m.lat;
  const dLon = metres / Math.max(m.lon, 1);
  return {
    south: Math.max(p.lat - dLat, -90),
    north: Math.min(p.lat + dLat, 90),
    west: Math.max(p.lon - dLon, -180),
    east: Math.min(p.lon + dLon, 180),
  };
}

export async function registerInterest(
  db: Kysely<DB>,
  input: RegisterInterestInput,
  now = new Date(),
  mail: MailSettings | null = null,
): Promise<{ id: string }> {
  const email = input.email ?? null;
  const phone = input.phone ?? null;
  const { lat, lon } = input.position;
  return db.transaction().execute(async (trx) => {
    await repo.lockContacts(
      trx,
      [email, phone].filter((c): c is string => c !== null),
    );
    await repo.purgeExpiredInterest(trx, now);
    const candidates = await repo.findByContactInBox(trx, {
      email,
      phone,
      box: boxAround(input.position, DUPLICATE_RADIUS_M),
      now,
    });
    const same = candidates
      .map((c) => ({ c, d: distanceM(lat, lon, c.lat, c.lon) }))
      .filter((x) => x.d <= DUPLICATE_RADIUS_M)
      .sort((a, b) => a.d - b.d)[0]?.c;
    if (same) return { id: randomUUID() };
    const id = randomUUID();
    await repo.insertInterest(trx, {
      id,
      kind: input.kind,
      lat,
      lon,
      address: input.address ?? null,
      name: input.name ?? null,
      email,
      phone,
      floor: input.floor ?? null,
      total_floors: input.totalFloors ?? null,
      roof_access: input.roofAccess ?? null,
      orientations: input.orientations ?? [],
      comment: input.comment ?? null,
      public_fields: input.publicFields ?? [],
      notify: input.notify ?? true,
      consent_at: now,
      retention_until: retentionFrom(now),
    });
    // Double opt-in (CONTRACT §2): with an e-mail and SMTP, the registration counts once confirmed.
    if (mail && email) await queueConfirmation(trx, mail, { id, email }, now);
    await publishEvent(trx, { kind: 'prospect.created', id, what: 'interest', technology: null }, [], now);
    return { id };
  });
}

export const DEFAULT_PAGE = 100;

export async function listInterest(db: Kysely<DB>, input: InterestListInput, now = new Date()) {
  await repo.purgeExpiredInterest(db, now);
  const { items, last } = await repo.listInterest(db, {
    kind: input.kind,
    after: input.cursor ? decodeCursor(input.cursor) : null,
    limit: input.limit ?? DEFAULT_PAGE,
  });
  return { items, nextCursor: last ? encodeCursor(last) : null };
}

/** GDPR erasure on request. The audit entry names the id only, never what was erased. */
export async function deleteInterest(
  db: Kysely<DB>,
  id: string,
  actorId: string,
): Promise<{ deleted: true }> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.deleteInterest(trx, id)))
      throw new DomainError('NOT_FOUND', 'Inscription introuvable (not found)');
    await audit(trx, {
      actorId,
      action: 'interest.delete',
      targetTable: 'interest_registrations',
      targetId: id,
    });
    return { deleted: true as const };
  });
}
