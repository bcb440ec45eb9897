// The flow's drafts → API inputs, through the very schemas the server applies; zod issues → messages
// tied to the field they concern. Pure, unit-tested.
import type { z } from 'zod';
import {
  contactEmail,
  contactPhone,
  registerInterestInput,
  type InterestPublicField as PublicField,
  type RegisterInterestInput,
} from '../../shared/schemas/interest.ts';
import {
  requestSubscriptionInput,
  type RequestSubscriptionInput,
} from '../../shared/schemas/subscription.ts';
import type { MessageKey } from '../i18n/fr.ts';
import type { ChosenPlace, ContactDraft, InterestDraft, SubscriptionDraft } from './flow.ts';

export type Field = 'name' | 'email' | 'phone' | 'consent' | 'floor' | 'totalFloors' | 'comment' | 'place';
export type FieldErrors = Partial<Record<Field, MessageKey>>;
export type Checked<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

const fieldMessages: Record<Field, MessageKey> = {
  name: 'join.error.name',
  email: 'join.error.email',
  phone: 'join.error.phone',
  consent: 'join.error.consent',
  floor: 'join.error.floor',
  totalFloors: 'join.error.floor',
  comment: 'join.error.comment',
  place: 'join.error.place',
};

/** Messages of the errors, in the order the fields appear, leaving out those shown next to a field here. */
export function errorList(errors: FieldErrors, shownHere: readonly Field[]): MessageKey[] {
  const order: Field[] = ['place', 'name', 'email', 'phone', 'floor', 'totalFloors', 'comment', 'consent'];
  return order.flatMap((f) => {
    const key = errors[f];
    return key && !shownHere.includes(f) ? [key] : [];
  });
}

function isField(key: unknown): key is Field {
  return typeof key === 'string' && Object.hasOwn(fieldMessages, key);
}

/**
 * The address sent with a request: a chosen house-number result as is; anything else (a tapped point
 * with its nearest address, a street) marked "≈" so the cooperative knows it is only nearby.
 */
export function addressOf(place: ChosenPlace | null): string | undefined {
  if (!place?.label) return undefined;
  return place.source === 'search' && !place.approximate ? place.label : `≈ ${place.label}`;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Errors of the contact fields alone, for the contact step (the submit re-checks everything). */
export function contactErrors(draft: ContactDraft, nameRequired: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (nameRequired && draft.name.trim() === '') errors.name = 'join.error.name';
  const email = optional(draft.email);
  const phone = optional(draft.phone);
  if (email !== undefined && !contactEmail.safeParse(email).success) errors.email = 'join.error.email';
  if (phone !== undefined && !contactPhone.safeParse(phone).success) errors.phone = 'join.error.phone';
  if (email === undefined && phone === undefined) errors.email = 'join.error.contact';
  return errors;
}

/** "3" → 3, "" → undefined, anything else → NaN (refused by the schema's integer check). */
export function parseWhole(value: string): number | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^-?\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
}

export function homeErrors(draft: Pick<InterestDraft, 'floor' | 'totalFloors'>): FieldErrors {
  const floor = parseWhole(draft.floor);
  const total = parseWhole(draft.totalFloors);
  const errors: FieldErrors = {};
  // The API's own bounds, so the step refuses exactly what the submit would.
  const { shape } = registerInterestInput;
  if (!shape.floor.safeParse(floor).success) errors.floor = 'join.error.floor';
  if (!shape.totalFloors.safeParse(total).success) errors.totalFloors = 'join.error.floor';
  if (!errors.floor && !errors.totalFloors && floor !== undefined && total !== undefined && floor > total)
    errors.floor = 'join.error.floors';
  return errors;
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[], contact: ContactDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path[0] === 'position' ? 'place' : issue.path[0];
    if (!isField(key) || errors[key]) continue;
    errors[key] = fieldMessages[key];
  }
  // The schema reports "no contact at all" on `email`; say that rather than "invalid email".
  if (errors.email && optional(contact.email) === undefined) errors.email = 'join.error.contact';
  return errors;
}

export function subscriptionInput(
  place: ChosenPlace | null,
  draft: SubscriptionDraft,
  option: { buildingId?: string; sectorId?: string },
): Checked<RequestSubscriptionInput> {
  const parsed = requestSubscriptionInput.safeParse({
    requestId: crypto.randomUUID(), // kept with the entry, so every retry of this request carries it
    position: place?.position,
    address: addressOf(place),
    technology: draft.technology ?? undefined,
    buildingId: option.buildingId,
    sectorId: option.sectorId,
    name: draft.name.trim(),
    email: optional(draft.email),
    phone: optional(draft.phone),
    comment: optional(draft.comment),
    consent: draft.consent,
  });
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, errors: issuesToErrors(parsed.error.issues, draft) };
}

export function interestInput(
  place: ChosenPlace | null,
  draft: InterestDraft,
): Checked<RegisterInterestInput> {
  const home = homeErrors(draft);
  const parsed = registerInterestInput.safeParse({
    position: place?.position,
    kind: draft.kind,
    email: optional(draft.email),
    phone: optional(draft.phone),
    name: optional(draft.name),
    consent: draft.consent,
    address: addressOf(place),
    floor: parseWhole(draft.floor),
    totalFloors: parseWhole(draft.totalFloors),
    roofAccess: draft.roofAccess ?? undefined,
    orientations: draft.orientations.length ? draft.orientations : undefined,
    comment: optional(draft.comment),
    publicFields: draft.publicFields,
    notify: draft.notify,
  });
  if (parsed.success && Object.keys(home).length === 0) return { ok: true, input: parsed.data };
  return {
    ok: false,
    errors: { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues, draft)), ...home },
  };
}

/** Fields a step's public toggle covers: one switch per step, so a person makes few decisions. */
export function togglePublic(current: PublicField[], fields: PublicField[], on: boolean): PublicField[] {
  const rest = current.filter((f) => !fields.includes(f));
  return on ? [...rest, ...fields] : rest;
}
