// Alerts out, step two: due outbox rows are claimed (a lease, so two processes never take the same
// row), sent by their transport, and marked sent; a failure is kept as the row's last error and the
// row comes back after a growing delay. A row is marked sent once and never taken again.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import * as outbox from '../../repositories/notification-outbox.repository.ts';
import { sendEmail } from './transports/email.ts';
import { SendError } from './transports/http.ts';
import { sendMatrix } from './transports/matrix.ts';
import { sendTelegram } from './transports/telegram.ts';
import { sendWebhook } from './transports/webhook.ts';

const LEASE_MS = 2 * 60_000;
const BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … capped at an hour: a far side down for a day is retried about hourly. */
function retryDelayMs(attemptsBefore: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(attemptsBefore, 20), MAX_RETRY_MS);
}

const emailPayload = z
  .object({ headers: z.record(z.string(), z.string()).optional() })
  .nullable()
  .catch(null);

function senderAddress(env: Env): string {
  return env.SMTP_FROM ?? `${env.COOP_NAME} <${env.COOP_EMAIL}>`;
}

async function deliver(db: Kysely<DB>, env: Env, row: outbox.OutboxRow, now: Date): Promise<void> {
  switch (row.kind) {
    case 'telegram':
      return sendTelegram(
        { apiUrl: env.TELEGRAM_API_URL, botToken: env.TELEGRAM_BOT_TOKEN },
        row.target,
        row.body,
      );
    case 'matrix':
      return sendMatrix(
        { homeserverUrl: env.MATRIX_HOMESERVER_URL, accessToken: env.MATRIX_ACCESS_TOKEN },
        row.target,
        row.id,
        row.body,
      );
    case 'webhook': {
      const secret = row.channel_id ? await outbox.channelSecret(db, row.channel_id) : null;
      return sendWebhook(
        row.target,
        secret,
        {
          id: row.id,
          event: row.payload,
          subject: row.subject,
          text: row.body,
          createdAt: new Date(row.created_at).toISOString(),
        },
        now,
      );
    }
    case 'email':
      return sendEmail(
        { smtpUrl: env.SMTP_URL, from: senderAddress(env) },
        {
          id: row.id,
          to: row.target,
          subject: row.subject,
          text: row.body,
          headers: emailPayload.parse(row.payload)?.headers,
        },
      );
  }
}

export interface DispatchReport {
  sent: number;
  failed: number;
}

/** Sends what is due at `now`. Tests pass the clock; the worker passes the real one. */
export async function dispatchDue(db: Kysely<DB>, env: Env, now = new Date()): Promise<DispatchReport> {
  const rows = await outbox.claimDue(db, now, LEASE_MS, BATCH);
  const report: DispatchReport = { sent: 0, failed: 0 };
  for (const row of rows) {
    try {
      await deliver(db, env, row, now);
      // Member e-mails carry personal links: only the fact that they went out stays.
      await outbox.markSent(db, row.id, now, row.channel_id === null);
      report.sent++;
    } catch (err) {
      const delay =
        err instanceof SendError && err.retryAfterMs !== null ? err.retryAfterMs : retryDelayMs(row.attempts);
      await outbox.markFailed(db, row.id, {
        error: err instanceof Error ? err.message : String(err),
        nextAttemptAt: new Date(now.getTime() + delay),
      });
      report.failed++;
    }
  }
  return report;
}
