// Addresses: one result shape for the BAN geocoder (online) and the local address index (offline or
// when the geocoder is down), so the UI handles a single type.
import { z } from 'zod';
import { position } from './common.ts';

export const addressType = z.enum(['housenumber', 'street', 'locality', 'municipality']);

const addressResult = z.object({
  /** BAN id (`cle_interop` such as `89212_0150_00012`, or the street/commune id for coarser results). */
  id: z.string(),
  label: z.string(),
  type: addressType,
  /** 0–1; the local index gives 1 to a number-exact match and less otherwise. */
  score: z.number(),
  housenumber: z.string().optional(),
  street: z.string().optional(),
  postcode: z.string().optional(),
  citycode: z.string().optional(),
  city: z.string().optional(),
  context: z.string().optional(),
  position,
  /** True when the query names a house number but the result is only a street, place or commune. */
  approximate: z.boolean(),
  source: z.enum(['ban', 'local']),
});
export type AddressResult = z.infer<typeof addressResult>;

export const addressSearchInput = z.object({
  q: z.string().trim().min(2).max(200),
  limit: z.number().int().min(1).max(20).default(5),
});
export type AddressSearchInput = z.infer<typeof addressSearchInput>;
export const addressSearchOutput = z.array(addressResult);

/** BAN `cle_interop` (DOMAIN.md). */
export const banId = z
  .string()
  .regex(/^(\d{2}|2A|2B)\d{3}_[0-9a-z]{4,6}_\d{5}(_[a-z0-9]+)?$/i, 'invalid BAN id');

/** Accents stripped, lower case, anything but letters and digits folded into single spaces. */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A house number: 1–4 digits standing alone, optionally followed by "bis", "ter" or a letter. A 5-digit
// postcode is not one.
const HOUSE_NUMBER = /(?:^|[\s,])(\d{1,4})(?:\s?(bis|ter|quater|[a-d]))?(?=[\s,]|$)/i;

/** The house number a free-text query names ("12 bis"), or null. */
export function queryHouseNumber(q: string): string | null {
  const m = HOUSE_NUMBER.exec(q.trim());
  return m?.[1] ? `${m[1]}${m[2] ? ` ${m[2].toLowerCase()}` : ''}` : null;
}

export interface AddressQuery {
  number: number | null;
  rep: string | null;
  /** The rest of the query, normalised: what to look for in street, postcode and commune. */
  text: string;
  tokens: string[];
  postcode: string | null;
}

/** "12 bis, Rue de l'Église 89290 Jussy" → number 12, rep "bis", text "rue de l eglise 89290 jussy". */
export function parseAddressQuery(q: string): AddressQuery {
  const m = HOUSE_NUMBER.exec(q);
  const rest = m ? `${q.slice(0, m.index)} ${q.slice(m.index + m[0].length)}` : q;
  const text = normaliseSearchText(rest);
  const tokens = text ? text.split(' ') : [];
  return {
    number: m?.[1] ? Number(m[1]) : null,
    rep: m?.[2] ? m[2].toLowerCase() : null,
    text,
    tokens,
    postcode: tokens.find((t) => /^\d{5}$/.test(t)) ?? null,
  };
}
