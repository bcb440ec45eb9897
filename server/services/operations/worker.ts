// The background side of operations, in each server process: sends due outbox rows every few seconds
// and looks for registrations the network now reaches every minute. Runs never overlap; a failure is
// logged and retried at the next tick. Several processes share the work through the outbox leases.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import { dispatchDue } from './dispatcher.ts';
import { mailSettings, notifyNewlyEligible } from './member-mail.ts';
import { closeEmailTransports } from './transports/email.ts';

const DISPATCH_EVERY_MS = 5_000;
const ELIGIBILITY_EVERY_MS = 60_000;

export interface Worker {
  stop(): Promise<void>;
}

export function startOperationsWorker(
  db: Kysely<DB>,
  env: Env,
  log: { error(obj: unknown, msg: string): void },
): Worker {
  let running: Promise<void> | null = null;
  let lastEligibility = 0;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const now = Date.now();
        if (now - lastEligibility >= ELIGIBILITY_EVERY_MS) {
          lastEligibility = now;
          await notifyNewlyEligible(db, mailSettings(env));
        }
        await dispatchDue(db, env);
      } catch (err) {
        log.error({ err }, 'operations worker tick failed');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, DISPATCH_EVERY_MS);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      closeEmailTransports();
    },
  };
}
