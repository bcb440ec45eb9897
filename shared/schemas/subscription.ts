// Subscription requests: someone at an eligible position asks to join for a technology on offer there.
import { z } from 'zod';
import { isoDateTime, position } from './common.ts';
import { surveyOutcome } from './surveys.ts';
import { consent, contactEmail, contactPhone, contactRequired, hasContact, pageInput } from './interest.ts';

const subscriptionTechnology = z.enum(['fibre', 'radio']);
export const subscriptionStatus = z.enum(['new', 'contacted', 'scheduled', 'done', 'cancelled']);

export const requestSubscriptionInput = z
  .object({
    /** Made by the browser: a retry after a lost answer records the request once. */
    requestId: z.uuid().optional(),
    position,
    address: z.string().trim().min(1).max(300).optional(),
    technology: subscriptionTechnology,
    /** The option the person chose on the eligibility answer; checked again on the server. */
    buildingId: z.string().trim().min(1).max(64).optional(),
    sectorId: z.string().trim().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(120),
    email: contactEmail.optional(),
    phone: contactPhone.optional(),
    comment: z.string().trim().max(2000).optional(),
    consent,
  })
  .refine(hasContact, contactRequired);
export type RequestSubscriptionInput = z.infer<typeof requestSubscriptionInput>;

export const subscriptionRequest = z.object({
  id: z.uuid(),
  technology: subscriptionTechnology,
  status: subscriptionStatus,
  /** What the latest survey said; null (or absent from older servers) until a technician surveyed it. */
  surveyOutcome: surveyOutcome.nullish(),
  position,
  address: z.string().nullable(),
  buildingId: z.string().nullable(),
  sectorId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  comment: z.string().nullable(),
  consentAt: isoDateTime,
  retentionUntil: isoDateTime,
  createdAt: isoDateTime,
});
export type SubscriptionRequest = z.infer<typeof subscriptionRequest>;

export const subscriptionListInput = z
  .object({
    status: subscriptionStatus.optional(),
    technology: subscriptionTechnology.optional(),
    ...pageInput,
  })
  .default({});
export type SubscriptionListInput = z.infer<typeof subscriptionListInput>;
export const subscriptionListOutput = z.object({
  items: z.array(subscriptionRequest),
  nextCursor: z.string().nullable(),
});

export const setSubscriptionStatusInput = z.object({ id: z.uuid(), status: subscriptionStatus });
export type SetSubscriptionStatusInput = z.infer<typeof setSubscriptionStatusInput>;
export const subscriptionDeleteInput = z.object({ id: z.uuid() });
