// E-mails to prospective members: the double opt-in confirmation, the one "you can now be connected"
// e-mail when the network reaches a confirmed registration, and the acknowledgement of a subscription
// request. Nothing is queued without SMTP_URL (CONTRACT §1). Links carry random tokens; only their
// SHA-256 is stored, and the outbox forgets the body once the e-mail is sent.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import * as repo from '../../repositories/interest-mail.repository.ts';
import { enqueue } from '../../repositories/notification-outbox.repository.ts';
import { checkEligibility } from '../eligibility.service.ts';

export interface MailSettings {
  publicUrl: string;
  coopName: string;
}

/** null when e-mail is off (no SMTP_URL). Links fall back to the local address when PUBLIC_URL is unset. */
export function mailSettings(env: Env): MailSettings | null {
  if (!env.SMTP_URL) return null;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return { publicUrl, coopName: env.COOP_NAME };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(24).toString('base64url');

export const CONFIRM_PATH = '/inscription/confirmer';
export const UNSUBSCRIBE_PATH = '/inscription/desinscrire';

async function queueMail(
  db: Kysely<DB>,
  m: { to: string; eventKey: string; subject: string; body: string; headers?: Record<string, string> },
  now: Date,
): Promise<void> {
  await enqueue(db, {
    id: randomUUID(),
    channel_id: null,
    kind: 'email',
    target: m.to,
    event_key: m.eventKey,
    subject: m.subject,
    body: m.body,
    payload: m.headers ? JSON.stringify({ headers: m.headers }) : null,
    next_attempt_at: now,
  });
}

/** In the registration's transaction: a token, and the e-mail with the link that confirms it. */
export async function queueConfirmation(
  db: Kysely<DB>,
  settings: MailSettings,
  r: { id: string; email: string },
  now: Date,
): Promise<void> {
  const token = newToken();
  await repo.setConfirmToken(db, r.id, hashToken(token));
  const link = `${settings.publicUrl}${CONFIRM_PATH}?token=${token}`;
  await queueMail(
    db,
    {
      to: r.email,
      eventKey: `interest.confirm:${r.id}`,
      subject: `Confirmez votre inscription — ${settings.coopName}`,
      body: [
        'Bonjour,',
        '',
        `Vous avez demandé à ${settings.coopName} de vous prévenir quand la couverture change chez vous.`,
        'Pour confirmer, ouvrez ce lien :',
        link,
        '',
        'Sans confirmation, nous ne vous écrirons plus et votre inscription ne sera pas comptée.',
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
        '',
        '—',
        'You asked to be told when coverage changes at your place. Open the link above to confirm.',
      ].join('\n'),
    },
    now,
  );
}

export async function confirmRegistration(db: Kysely<DB>, token: string, now = new Date()): Promise<boolean> {
  return repo.confirmByToken(db, hashToken(token), now);
}

export async function unsubscribe(db: Kysely<DB>, token: string, now = new Date()): Promise<boolean> {
  return repo.unsubscribeByToken(db, hashToken(token), now);
}

const verdictFr = { fibre: 'par la fibre', radio: 'par radio' } as const;

/**
 * Tells each confirmed registration the network now reaches, once. Run after network changes and
 * periodically by the worker; cheap when nobody waits (one indexed query).
 */
export async function notifyNewlyEligible(
  db: Kysely<DB>,
  settings: MailSettings | null,
  now = new Date(),
): Promise<number> {
  if (!settings) return 0;
  let told = 0;
  for (const r of await repo.awaitingCoverage(db, now, 500)) {
    const result = await checkEligibility(db, { lat: r.lat, lon: r.lon, lang: 'fr' }, now.getTime());
    if (result.verdict !== 'fibre' && result.verdict !== 'radio') continue;
    const reason = result.options.find(
      (o) => o.technology === result.verdict && o.status === 'available',
    )?.reason;
    await db.transaction().execute(async (trx) => {
      const token = newToken();
      const email = await repo.claimEligibleNotice(trx, r.id, hashToken(token), now);
      if (!email) return;
      const unsubscribeUrl = `${settings.publicUrl}${UNSUBSCRIBE_PATH}?token=${token}`;
      await queueMail(
        trx,
        {
          to: email,
          eventKey: `interest.eligible:${r.id}`,
          subject: `Vous pouvez maintenant être raccordé — ${settings.coopName}`,
          body: [
            'Bonjour,',
            '',
            `Bonne nouvelle : ${settings.coopName} peut maintenant vous raccorder ${verdictFr[result.verdict as 'fibre' | 'radio']}.`,
            ...(reason ? [reason] : []),
            '',
            `Pour demander votre raccordement : ${settings.publicUrl}/`,
            '',
            `Ne plus recevoir de message : ${unsubscribeUrl}`,
            '',
            '—',
            `Good news: ${settings.coopName} can now connect you. Unsubscribe: ${unsubscribeUrl}`,
          ].join('\n'),
          headers: {
            'List-Unsubscribe': `<${unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
        now,
      );
      told++;
    });
  }
  return told;
}

/** In the request's transaction: tells the person their request arrived and what comes next. */
export async function queueSubscriptionAck(
  db: Kysely<DB>,
  settings: MailSettings | null,
  r: { id: string; email: string | null; technology: 'fibre' | 'radio' },
  coopEmail: string,
  now: Date,
): Promise<void> {
  if (!settings || !r.email) return;
  const mailto = `mailto:${coopEmail}?subject=${encodeURIComponent(`Demande de raccordement ${r.id.slice(0, 8)}`)}`;
  await queueMail(
    db,
    {
      to: r.email,
      eventKey: `subscription.ack:${r.id}`,
      subject: `Nous avons bien reçu votre demande — ${settings.coopName}`,
      body: [
        'Bonjour,',
        '',
        `${settings.coopName} a bien reçu votre demande de raccordement ${r.technology === 'fibre' ? 'à la fibre' : 'par radio'}.`,
        'Un bénévole ou un salarié de la coopérative vous contactera pour convenir d’une visite.',
        '',
        `Une question ? Écrivez-nous : ${mailto}`,
        `Référence de votre demande : ${r.id.slice(0, 8)}`,
        '',
        '—',
        `We received your connection request; the cooperative will contact you. Questions: ${coopEmail}`,
      ].join('\n'),
    },
    now,
  );
}
