// Prospects who want to be connected or to host a relay (wifi-with-me style), and the public demand
// map built from them. The same schemas validate the public form and the API input.
import { z } from 'zod';
import { isoDateTime, latitude, longitude, position } from './common.ts';

// French overseas departments dial as +262/+590/+594/+596, not +33: their national prefixes say which.
const overseas: [RegExp, string][] = [
  [/^0(262|263|269|639|692|693)/, '+262'],
  [/^0(590|690|691)/, '+590'],
  [/^0(594|694)/, '+594'],
  [/^0(596|696|697)/, '+596'],
];

/** A French or international phone number in E.164 (`06 12 34 56 78` → `+33612345678`); null if not one. */
export function normalisePhone(raw: string): string | null {
  let s = raw.replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (/^0\d{9}$/.test(s)) {
    const dom = overseas.find(([re]) => re.test(s));
    return dom ? `${dom[1]}${s.slice(1)}` : `+33${s.slice(1)}`;
  }
  // "+33 06…" is a common slip: the trunk 0 is dropped after a country code.
  const french = /^\+330?([1-9]\d{8})$/.exec(s);
  if (french) return `+33${french[1]}`;
  return /^\+[1-9]\d{7,14}$/.test(s) ? s : null;
}

export const contactEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Adresse e-mail invalide (invalid email)' }).max(254));

export const contactPhone = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (phone) return phone;
    ctx.addIssue({ code: 'custom', message: 'Numéro de téléphone invalide (invalid phone number)' });
    return z.NEVER;
  });

/** Consent must be the literal `true`: a missing or false box is refused, never defaulted. */
export const consent = z.literal(true, { error: 'Consentement requis (consent must be true)' });

export const hasContact = (v: { email?: unknown; phone?: unknown }) => Boolean(v.email || v.phone);
/** One issue on `email` when neither contact is given; runs even when other fields are invalid. */
export const contactRequired = {
  path: ['email'],
  message: 'Indiquez un e-mail ou un téléphone (email or phone required)',
  when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null,
};

const interestKind = z.enum(['connect', 'share']);
export type InterestKind = z.infer<typeof interestKind>;
const orientation = z.enum(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW']);
export type Orientation = z.infer<typeof orientation>;
/** Fields a person may choose to make public (wifi-with-me). Name and contact are never among them. */
const interestPublicField = z.enum(['kind', 'floor', 'totalFloors', 'roofAccess', 'orientations', 'comment']);
export type InterestPublicField = z.infer<typeof interestPublicField>;

export const registerInterestInput = z
  .object({
    position,
    kind: interestKind,
    email: contactEmail.optional(),
    phone: contactPhone.optional(),
    name: z.string().trim().min(1).max(120).optional(),
    consent,
    address: z.string().trim().min(1).max(300).optional(),
    floor: z.number().int().min(-5).max(300).optional(),
    totalFloors: z.number().int().min(0).max(300).optional(),
    roofAccess: z.boolean().optional(),
    orientations: z.array(orientation).max(8).optional(),
    comment: z.string().trim().max(2000).optional(),
    publicFields: z.array(interestPublicField).max(6).optional(),
    notify: z.boolean().optional(),
  })
  .refine(hasContact, contactRequired);
export type RegisterInterestInput = z.infer<typeof registerInterestInput>;

export const idOutput = z.object({ id: z.uuid() });

// ---- Public demand map: aggregated cells only --------------------------------------------------

/** Cells with fewer registrations than this show a bucket, not a number (k-anonymity). */
export const DEMAND_MIN_COUNT = 3;

const bbox = z
  .object({ south: latitude, west: longitude, north: latitude, east: longitude })
  .refine((b) => b.south <= b.north && b.west <= b.east, 'south ≤ north and west ≤ east');
export type Bbox = z.infer<typeof bbox>;

export const interestDemandInput = z
  .object({
    bbox: bbox.optional(),
    /** H3 resolution: 7 (~5 km² cells, default) or 8 (~0.7 km²); finer would point at single homes. */
    resolution: z.number().int().min(6).max(8).optional(),
  })
  .default({});

/** `count` is exact from DEMAND_MIN_COUNT up; below it (but ≥ 1) it is null and `bucket` says "1-2". */
const demandCount = z.object({
  count: z.number().int().min(0).nullable(),
  bucket: z.literal('1-2').nullable(),
});
export type DemandCount = z.infer<typeof demandCount>;

const demandCell = z.object({
  h3: z.string(),
  center: position,
  /** Closed ring of [lat, lon], Leaflet order. */
  boundary: z.array(z.tuple([latitude, longitude])),
  total: demandCount,
  connect: demandCount,
  share: demandCount,
});
export type DemandCell = z.infer<typeof demandCell>;

export const interestDemandOutput = z.object({
  resolution: z.number().int(),
  minCount: z.number().int(),
  cells: z.array(demandCell),
});
export type InterestDemandOutput = z.infer<typeof interestDemandOutput>;

// ---- Coordinators: full records, paginated, exportable, erasable -------------------------------

const interestRegistration = z.object({
  id: z.uuid(),
  kind: interestKind,
  position,
  address: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  floor: z.number().int().nullable(),
  totalFloors: z.number().int().nullable(),
  roofAccess: z.boolean().nullable(),
  orientations: z.array(z.string()),
  comment: z.string().nullable(),
  publicFields: z.array(z.string()),
  notify: z.boolean(),
  consentAt: isoDateTime,
  retentionUntil: isoDateTime,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type InterestRegistration = z.infer<typeof interestRegistration>;

/** Opaque to clients: the last item's creation instant (microseconds) and id, newest first. */
const pageCursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z\|[0-9a-f-]{36}$/i, 'invalid cursor');
export function encodeCursor(key: { at: string; id: string }): string {
  return `${key.at}|${key.id}`;
}

/** Only for strings that passed `pageCursor`. */
export function decodeCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = cursor.split('|');
  return { at, id };
}

export const pageInput = {
  cursor: pageCursor.nullish(),
  limit: z.number().int().min(1).max(500).optional(),
};

export const interestListInput = z.object({ kind: interestKind.optional(), ...pageInput }).default({});
export type InterestListInput = z.infer<typeof interestListInput>;
export const interestListOutput = z.object({
  items: z.array(interestRegistration),
  nextCursor: z.string().nullable(),
});

export const csvExport = z.object({
  filename: z.string(),
  contentType: z.string(),
  rows: z.number().int(),
  csv: z.string(),
});
export type CsvExport = z.infer<typeof csvExport>;

export const interestDeleteInput = z.object({ id: z.uuid() });
export const interestDeleteOutput = z.object({ deleted: z.literal(true) });
