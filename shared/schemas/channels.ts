// Alert channels (Telegram, Matrix, e-mail, signed webhook) and the outbox coordinators watch.
import { z } from 'zod';
import { elementId } from './interventions.ts';
import { plainText } from './incidents.ts';

export const channelKinds = ['telegram', 'matrix', 'webhook', 'email'] as const;
export const channelKind = z.enum(channelKinds);
export type ChannelKind = z.infer<typeof channelKind>;

export const alertEvents = [
  'incident.opened',
  'incident.updated',
  'incident.resolved',
  'intervention.created',
  'prospect.created',
] as const;
export const alertEvent = z.enum(alertEvents);
export type AlertEvent = z.infer<typeof alertEvent>;

// Telegram chat ids are integers (groups negative) or @channelusername; Matrix room ids are !x:server.
const targetRules: Record<ChannelKind, { re: RegExp; message: string }> = {
  telegram: { re: /^(-?\d{1,20}|@[A-Za-z0-9_]{5,32})$/, message: 'identifiant de discussion Telegram' },
  matrix: { re: /^![^:\s]{1,200}:[^\s]{1,200}$/, message: 'identifiant de salon Matrix (!salon:serveur)' },
  webhook: { re: /^https?:\/\/[^\s]{1,2000}$/, message: 'adresse http:// ou https://' },
  email: { re: /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{1,60}$/, message: 'adresse e-mail' },
};

function targetProblem(kind: ChannelKind, target: string): string | null {
  const rule = targetRules[kind];
  return rule.re.test(target) ? null : `Destination invalide : ${rule.message} attendu.`;
}

export const createChannelInput = z
  .object({
    kind: channelKind,
    target: z.string().trim().min(1).max(2000),
    name: plainText(120).optional(),
    zoneIds: z.array(elementId).max(100).default([]),
    events: z
      .array(alertEvent)
      .min(1)
      .max(alertEvents.length)
      .default([...alertEvents]),
    language: z.enum(['fr', 'en']).default('fr'),
  })
  .superRefine((c, ctx) => {
    const problem = targetProblem(c.kind, c.target);
    if (problem) ctx.addIssue({ code: 'custom', path: ['target'], message: problem });
  });
export type CreateChannelInput = z.infer<typeof createChannelInput>;

export const updateChannelInput = z.object({
  id: z.uuid(),
  zoneIds: z.array(elementId).max(100).optional(),
  events: z.array(alertEvent).min(1).max(alertEvents.length).optional(),
  language: z.enum(['fr', 'en']).optional(),
  enabled: z.boolean().optional(),
});
export type UpdateChannelInput = z.infer<typeof updateChannelInput>;

export const alertChannel = z.object({
  id: z.string(),
  kind: channelKind,
  target: z.string(),
  name: z.string(),
  zoneIds: z.array(z.string()),
  events: z.array(alertEvent),
  language: z.enum(['fr', 'en']),
  enabled: z.boolean(),
  /** Shown once, when a webhook channel is created: the HMAC key its receiver verifies with. */
  secret: z.string().optional(),
  createdAt: z.string(),
});
export type AlertChannel = z.infer<typeof alertChannel>;

const outboxEntry = z.object({
  id: z.string(),
  channelId: z.string().nullable(),
  kind: channelKind,
  /** Alert channels show their target; e-mails to members show a masked address. */
  target: z.string(),
  subject: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxEntry = z.infer<typeof outboxEntry>;

export const channelsOverview = z.object({
  channels: z.array(alertChannel),
  outbox: z.array(outboxEntry),
  configured: z.object({ telegram: z.boolean(), matrix: z.boolean(), email: z.boolean() }),
});
export type ChannelsOverview = z.infer<typeof channelsOverview>;
