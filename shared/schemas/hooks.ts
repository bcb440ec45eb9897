// What monitoring tools post to /hooks/* (DOMAIN.md "Operations"). Unknown fields are ignored, as the
// tools add fields between versions.
import { z } from 'zod';

const labels = z.record(z.string(), z.string());

const alertmanagerAlert = z.object({
  status: z.enum(['firing', 'resolved']),
  labels,
  annotations: labels.default({}),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().min(1).max(200).optional(),
});

/** Alertmanager's webhook, version 4. */
export const alertmanagerPayload = z.object({
  version: z.literal('4'),
  groupKey: z.string().optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string().optional(),
  alerts: z.array(alertmanagerAlert).max(1000),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayload>;

/** Uptime Kuma's webhook: heartbeat status 0 = down, 1 = up; a "test" notification has no heartbeat. */
export const uptimeKumaPayload = z.object({
  heartbeat: z
    .object({ status: z.number().int(), msg: z.string().nullish(), time: z.string().nullish() })
    .nullish(),
  monitor: z
    .object({
      id: z.union([z.number(), z.string()]).nullish(),
      name: z.string().max(500),
      url: z.string().nullish(),
      tags: z.array(z.object({ name: z.string(), value: z.string().nullish() })).nullish(),
    })
    .nullish(),
  msg: z.string().nullish(),
});
export type UptimeKumaPayload = z.infer<typeof uptimeKumaPayload>;
