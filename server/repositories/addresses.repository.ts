// The local BAN address index: bulk upsert from the CSV import, and a simple search (no trigram
// extension: PGlite and a stock PostgreSQL both have to run it).
import { sql, type Expression, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { AddressesTable, DB } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts } from '../db/upsert.ts';
import {
  parseAddressQuery,
  type AddressQuery,
  type AddressResult,
  type AddressSearchInput,
} from '../../shared/schemas/addresses.ts';

/** An address as the BAN import writes it: every column but the timestamps. */
export interface AddressRow
  extends
    Omit<Selectable<AddressesTable>, 'created_at' | 'updated_at'>,
    Record<string, string | number | null> {}

export async function upsertAddresses(db: Kysely<DB>, rows: readonly AddressRow[]): Promise<UpsertCounts> {
  const first = rows[0];
  if (!first) return { inserted: 0, updated: 0, unchanged: 0 };
  const { inserted, updated, unchanged } = await upsertChanged(db, 'addresses', Object.keys(first), rows);
  return { inserted, updated, unchanged };
}

type Match = (q: AddressQuery) => Expression<SqlBool>;

// The query typed in label order ("rue de la mai", "rue de la mairie 89290 jussy"): one index range.
const leftAnchored: Match = (q) => sql<SqlBool>`search_key like ${`${q.text}%`}`;
// Any word order: every token starts a word of the key; the postcode, when given, narrows the scan.
const everyToken: Match = (q) =>
  sql<SqlBool>`${sql.join(
    [
      ...(q.postcode ? [sql`postcode = ${q.postcode}`] : []),
      ...q.tokens.map((t) => sql`(' ' || search_key) like ${`% ${t}%`}`),
    ],
    sql` and `,
  )}`;

function houseNumbers(db: Kysely<DB>, q: AddressQuery, match: Match, limit: number) {
  return db
    .selectFrom('addresses')
    .select(['id', 'number', 'rep', 'street', 'postcode', 'insee', 'city', 'lat', 'lon', 'label'])
    .where(match(q))
    .where('number', '=', q.number ?? -1)
    .orderBy(sql`rep is not distinct from ${q.rep}`, 'desc')
    .orderBy('label')
    .limit(limit)
    .execute();
}

function streets(db: Kysely<DB>, q: AddressQuery, match: Match, limit: number) {
  return db
    .selectFrom('addresses')
    .select(['street', 'postcode', 'insee', 'city'])
    .select((eb) => [
      eb.fn.min('id').as('id'),
      eb.fn.avg<number>('lat').as('lat'),
      eb.fn.avg<number>('lon').as('lon'),
    ])
    .where(match(q))
    .groupBy(['street', 'postcode', 'insee', 'city'])
    .orderBy('city')
    .orderBy('street')
    .limit(limit)
    .execute();
}

/**
 * A numbered query gives that house number when the index has it, else the street marked
 * approximate; a query without a number gives streets. The indexed left-anchored match is tried first.
 */
export async function searchAddresses(db: Kysely<DB>, input: AddressSearchInput): Promise<AddressResult[]> {
  const q = parseAddressQuery(input.q);
  if (!q.text) return [];
  const matches = [leftAnchored, everyToken];
  if (q.number !== null) {
    for (const match of matches) {
      const found = await houseNumbers(db, q, match, input.limit);
      if (found.length) return found.map((a) => houseNumberResult(a, q));
    }
  }
  for (const match of matches) {
    const found = await streets(db, q, match, input.limit);
    if (found.length) return found.map((s) => streetResult(s, q));
  }
  return [];
}

type HouseNumberRow = Awaited<ReturnType<typeof houseNumbers>>[number];
type StreetRow = Awaited<ReturnType<typeof streets>>[number];

function houseNumberResult(a: HouseNumberRow, q: AddressQuery): AddressResult {
  return {
    id: a.id,
    label: a.label,
    type: 'housenumber',
    score: a.rep === q.rep ? 1 : 0.9,
    housenumber: a.rep ? `${a.number} ${a.rep}` : String(a.number),
    street: a.street,
    postcode: a.postcode,
    citycode: a.insee,
    city: a.city,
    position: { lat: a.lat, lon: a.lon },
    approximate: false,
    source: 'local',
  };
}

function streetResult(s: StreetRow, q: AddressQuery): AddressResult {
  return {
    // The street's BAN id is the cle_interop without its number part.
    id: s.id.split('_').slice(0, 2).join('_'),
    label: `${s.street} ${s.postcode} ${s.city}`,
    type: 'street',
    score: q.number === null ? 0.8 : 0.6,
    street: s.street,
    postcode: s.postcode,
    citycode: s.insee,
    city: s.city,
    position: { lat: Number(s.lat), lon: Number(s.lon) },
    approximate: q.number !== null,
    source: 'local',
  };
}
