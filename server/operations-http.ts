// Plain HTTP for operations: monitoring webhooks in (/hooks/*, token-protected), the public status
// (/status.json, /status.atom, /statut) and the links of e-mails to members (/inscription/*).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import { alertmanagerPayload, uptimeKumaPayload } from '../shared/schemas/hooks.ts';
import { verifyHookToken } from './services/operations/hook-tokens.ts';
import {
  CONFIRM_PATH,
  UNSUBSCRIBE_PATH,
  confirmRegistration,
  unsubscribe,
} from './services/operations/member-mail.ts';
import { alertmanagerSignals, uptimeKumaSignal } from './services/operations/hook-mapping.ts';
import { applySignal, type SignalOutcome } from './services/operations/monitoring.ts';
import { placeNames, publicStatus, statusAtom } from './services/operations/public-status.ts';
import { renderMessagePage, renderStatusPage } from './services/operations/status-page.ts';
import { sendInvalidInput, sendRefusal } from './refusal.ts';

const HOOK_BODY_LIMIT = 1024 * 1024;
const tokenQuery = z.object({ token: z.string().max(200).optional(), site: z.string().max(64).optional() });

function hookToken(req: FastifyRequest): string | undefined {
  const q = tokenQuery.safeParse(req.query);
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return q.success ? q.data.token : undefined;
}

function baseUrl(env: Env, req: FastifyRequest): string {
  return (env.PUBLIC_URL ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}

export function registerOperationsRoutes(app: FastifyInstance, database: Database, env: Env): void {
  const { db } = database;

  async function authorised(req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (await verifyHookToken(db, hookToken(req))) return true;
    await sendRefusal(reply, 'HOOK_TOKEN_INVALID');
    return false;
  }

  async function applyAll(signals: Parameters<typeof applySignal>[1][]): Promise<SignalOutcome[]> {
    const outcomes: SignalOutcome[] = [];
    for (const s of signals) outcomes.push(await applySignal(db, s));
    return outcomes;
  }

  app.post('/hooks/alertmanager', { bodyLimit: HOOK_BODY_LIMIT }, async (req, reply) => {
    if (!(await authorised(req, reply))) return reply;
    const parsed = alertmanagerPayload.safeParse(req.body);
    if (!parsed.success) return sendInvalidInput(reply, parsed.error);
    return reply.send({ ok: true, outcomes: await applyAll(alertmanagerSignals(parsed.data, new Date())) });
  });

  app.post('/hooks/uptime-kuma', { bodyLimit: HOOK_BODY_LIMIT }, async (req, reply) => {
    if (!(await authorised(req, reply))) return reply;
    const parsed = uptimeKumaPayload.safeParse(req.body);
    if (!parsed.success) return sendInvalidInput(reply, parsed.error);
    const query = tokenQuery.safeParse(req.query);
    const signal = uptimeKumaSignal(parsed.data, query.success ? query.data.site : undefined);
    return reply.send({ ok: true, outcomes: signal ? await applyAll([signal]) : [] });
  });

  app.get('/status.json', async (_req, reply) => {
    return reply
      .header('cache-control', 'public, max-age=30')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(await publicStatus(db));
  });

  app.get('/status.atom', async (req, reply) => {
    const status = await publicStatus(db);
    const xml = statusAtom(status, await placeNames(db, status.incidents), {
      baseUrl: baseUrl(env, req),
      coopName: env.COOP_NAME,
      now: new Date(),
    });
    return reply
      .header('cache-control', 'public, max-age=60')
      .header('access-control-allow-origin', '*')
      .type('application/atom+xml; charset=utf-8')
      .send(xml);
  });

  app.get('/statut', async (req, reply) => {
    const lang = z
      .object({ lang: z.enum(['fr', 'en']).catch('fr') })
      .catch({ lang: 'fr' })
      .parse(req.query).lang;
    const status = await publicStatus(db);
    const html = renderStatusPage(status, await placeNames(db, status.incidents), {
      lang,
      coopName: env.COOP_NAME,
      now: new Date(),
    });
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });

  // E-mail links: opening one shows a button (mail scanners that prefetch links must not confirm or
  // unsubscribe anyone); the button posts back to the same address. RFC 8058 one-click unsubscribe
  // posts directly.
  const linkToken = z.object({ token: z.string().min(10).max(200) });
  const page = (reply: FastifyReply, code: number, html: string) =>
    reply.code(code).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  app.get(CONFIRM_PATH, async (req, reply) => {
    const q = linkToken.safeParse(req.query);
    if (!q.success)
      return page(
        reply,
        400,
        renderMessagePage({
          title: 'Lien incomplet',
          text: 'Ce lien de confirmation est incomplet : copiez-le en entier depuis l’e-mail.',
        }),
      );
    return page(
      reply,
      200,
      renderMessagePage({
        title: 'Confirmer votre inscription',
        text: 'Confirmez pour être prévenu quand la coopérative peut vous raccorder.',
        form: { action: `${CONFIRM_PATH}?token=${encodeURIComponent(q.data.token)}`, button: 'Je confirme' },
      }),
    );
  });

  app.post(CONFIRM_PATH, async (req, reply) => {
    const q = linkToken.safeParse(req.query);
    const done = q.success && (await confirmRegistration(db, q.data.token));
    return done
      ? page(
          reply,
          200,
          renderMessagePage({
            title: 'Inscription confirmée',
            text: 'Merci ! Nous vous écrirons quand la coopérative pourra vous raccorder.',
          }),
        )
      : page(
          reply,
          404,
          renderMessagePage({
            title: 'Lien expiré',
            text: 'Ce lien ne correspond à aucune inscription en cours. Inscrivez-vous de nouveau depuis la carte.',
          }),
        );
  });

  app.get(UNSUBSCRIBE_PATH, async (req, reply) => {
    const q = linkToken.safeParse(req.query);
    if (!q.success)
      return page(
        reply,
        400,
        renderMessagePage({ title: 'Lien incomplet', text: 'Ce lien de désinscription est incomplet.' }),
      );
    return page(
      reply,
      200,
      renderMessagePage({
        title: 'Ne plus recevoir de message',
        text: 'Vous ne recevrez plus d’e-mail de la coopérative au sujet de cette inscription.',
        form: {
          action: `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(q.data.token)}`,
          button: 'Me désinscrire',
        },
      }),
    );
  });

  app.post(UNSUBSCRIBE_PATH, async (req, reply) => {
    const q = linkToken.safeParse(req.query);
    const done = q.success && (await unsubscribe(db, q.data.token));
    return done
      ? page(
          reply,
          200,
          renderMessagePage({
            title: 'Désinscription faite',
            text: 'C’est fait : vous ne recevrez plus de message.',
          }),
        )
      : page(
          reply,
          404,
          renderMessagePage({ title: 'Lien expiré', text: 'Ce lien ne correspond à aucune inscription.' }),
        );
  });
}
