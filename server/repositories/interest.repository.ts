// Interest registrations: personal data. Only coordinators' functions return contact fields; the demand
// map reads positions and kinds, nothing else.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, InterestRegistrationsTable } from '../db/schema.ts';
import type { Bbox, InterestKind, InterestRegistration } from '../../shared/schemas/interest.ts';

import { newestFirstPage, pageOf, type PageKey } from './keyset.ts';

type Row = Selectable<InterestRegistrationsTable>;

// Fixed namespace for pg_advisory_xact_lock(int, int); the second key is a hash of the contact.
const CONTACT_LOCK = 72_610_002;

/**
 * Serialises registrations sharing a contact (two quick submits of one form), so the duplicate check
 * and the insert cannot interleave. Keys are locked in a fixed order: no deadlock between two callers.
 */
export async function lockContacts(trx: Kysely<DB>, contacts: string[]): Promise<void> {
  for (const c of [...new Set(contacts)].sort()) {
    await sql`select pg_advisory_xact_lock(${CONTACT_LOCK}, hashtext(${c}))`.execute(trx);
  }
}

export function findByContactInBox(
  db: Kysely<DB>,
  q: { email: string | null; phone: string | null; box: Bbox; now: Date },
): Promise<Row[]> {
  return db
    .selectFrom('interest_registrations')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(q.email ? [eb('email', '=', q.email)] : []),
        ...(q.phone ? [eb('phone', '=', q.phone)] : []),
      ]),
    )
    .where('lat', '>=', q.box.south)
    .where('lat', '<=', q.box.north)
    .where('lon', '>=', q.box.west)
    .where('lon', '<=', q.box.east)
    .where('retention_until', '>', q.now)
    .orderBy('created_at')
    .execute();
}

/** Double opt-in and later-e-mail state (operations): set by their own functions, absent on insert. */
type MailColumns =
  | 'confirm_token_hash'
  | 'confirmed_at'
  | 'unsubscribe_token_hash'
  | 'unsubscribed_at'
  | 'eligible_notified_at';
export type NewInterest = Omit<Row, 'created_at' | 'updated_at' | MailColumns> &
  Partial<Pick<Row, MailColumns>>;

export async function insertInterest(db: Kysely<DB>, row: NewInterest): Promise<void> {
  await db.insertInto('interest_registrations').values(row).execute();
}

/** Positions and kinds only: what the aggregated public map may see. */
export function demandPoints(
  db: Kysely<DB>,
  box: Bbox | null,
  now: Date,
): Promise<{ lat: number; lon: number; kind: InterestKind }[]> {
  return (
    db
      .selectFrom('interest_registrations')
      .select(['lat', 'lon', 'kind'])
      .where('retention_until', '>', now)
      // Double opt-in: a registration sent a confirmation link counts only once it is opened.
      .where((eb) => eb.or([eb('confirm_token_hash', 'is', null), eb('confirmed_at', 'is not', null)]))
      .$if(box !== null, (q) =>
        q
          .where('lat', '>=', box?.south ?? -90)
          .where('lat', '<=', box?.north ?? 90)
          .where('lon', '>=', box?.west ?? -180)
          .where('lon', '<=', box?.east ?? 180),
      )
      .execute()
  );
}

/** Newest first; `after` is the key of the last item of the previous page. */
export async function listInterest(
  db: Kysely<DB>,
  q: { kind?: InterestKind; after: PageKey | null; limit: number },
): Promise<{ items: InterestRegistration[]; last: PageKey | null }> {
  const query = db
    .selectFrom('interest_registrations')
    .selectAll()
    .$if(q.kind !== undefined, (b) => b.where('kind', '=', q.kind ?? 'connect'));
  const rows = await newestFirstPage(query, q.after, q.limit).execute();
  return pageOf(rows, q.limit, toRegistration);
}

export async function allInterest(db: Kysely<DB>): Promise<InterestRegistration[]> {
  const rows = await db
    .selectFrom('interest_registrations')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toRegistration);
}

export async function deleteInterest(db: Kysely<DB>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('interest_registrations').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** GDPR: nothing is kept past its retention date. */
export async function findInterest(db: Kysely<DB>, id: string): Promise<InterestRegistration | undefined> {
  const row = await db
    .selectFrom('interest_registrations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRegistration(row) : undefined;
}

export async function purgeExpiredInterest(db: Kysely<DB>, now: Date): Promise<number> {
  const res = await db
    .deleteFrom('interest_registrations')
    .where('retention_until', '<=', now)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

function toRegistration(r: Row): InterestRegistration {
  return {
    id: r.id,
    kind: r.kind,
    position: { lat: r.lat, lon: r.lon },
    address: r.address,
    name: r.name,
    email: r.email,
    phone: r.phone,
    floor: r.floor,
    totalFloors: r.total_floors,
    roofAccess: r.roof_access,
    orientations: r.orientations,
    comment: r.comment,
    publicFields: r.public_fields,
    notify: r.notify,
    consentAt: r.consent_at.toISOString(),
    retentionUntil: r.retention_until.toISOString(),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
