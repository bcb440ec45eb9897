// Done-when (issue 11): double opt-in through the e-mailed link; a sector added that covers the home
// sends exactly one "you can now be connected" e-mail; an unconfirmed registration gets none.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { parseEnv, type Env } from '../../env.ts';
import { buildApp } from '../../app.ts';
import { testDatabases } from '../../testing/databases.ts';
import { demandPoints } from '../../repositories/interest.repository.ts';
import { direct } from '../../../shared/eligibility/geo.ts';
import { importGeoJson } from '../import/geojson.import.ts';
import { dispatchDue } from './dispatcher.ts';
import { mailSettings, notifyNewlyEligible } from './member-mail.ts';
import { startSmtpPeer } from './testing/fake-peers.ts';
import { NORD } from './testing/network.ts';

const HOME_A = direct(NORD.lat, NORD.lon, 90, 1200);
const HOME_B = direct(NORD.lat, NORD.lon, 95, 1500);

const network = (sectors: unknown[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [NORD.lon, NORD.lat] },
        properties: { kind: 'site', id: 'R-NORD', name: 'Relais Nord', zone: 'nord', sectors },
      },
    ],
  });
const WEST = { id: 'R-NORD-W', azimuth: 270, beamwidth: 90, rangeM: 3000 };
const EAST = { id: 'R-NORD-E', azimuth: 90, beamwidth: 90, rangeM: 3000 };

describe.each(testDatabases)('Members told on $name', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let env: Env;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;

  beforeAll(async () => {
    database = await kind.open();
    smtp = await startSmtpPeer();
    env = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Coop <noreply@coop.test>',
      PUBLIC_URL: 'http://terrain.test',
    });
    app = await buildApp(database, env);
    await importGeoJson(database.db, network([WEST]));
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await database.close();
  });

  const register = (position: { lat: number; lon: number }, email: string) =>
    app.inject({
      method: 'POST',
      url: '/trpc/interest.register',
      payload: { position, kind: 'connect', email, consent: true },
    });
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
  const far = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  it('sends a confirmation link; unconfirmed registrations do not count in the demand map', async () => {
    expect((await register(HOME_A, 'alice@example.org')).statusCode).toBe(200);
    expect((await register(HOME_B, 'bob@example.org')).statusCode).toBe(200);
    expect(await dispatchDue(database.db, env, far(1))).toEqual({ sent: 2, failed: 0 });
    expect(mailsTo('alice@example.org')).toHaveLength(1);
    expect(mailsTo('alice@example.org')[0]?.subject).toContain('Confirmez votre inscription');
    expect(await demandPoints(database.db, null, new Date())).toHaveLength(0);
    // Once sent, the outbox no longer holds the personal link.
    const bodies = await database.db.selectFrom('notification_outbox').select('body').execute();
    expect(bodies.every((b) => b.body === '')).toBe(true);
  });

  it('confirms through the link: the page asks first, the button confirms', async () => {
    const text = mailsTo('alice@example.org')[0]?.text ?? '';
    const link = /http:\/\/terrain\.test(\/inscription\/confirmer\?token=[\w-]+)/.exec(text)?.[1];
    expect(link).toBeDefined();
    const page = await app.inject({ method: 'GET', url: link ?? '' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Je confirme');
    expect(await demandPoints(database.db, null, new Date())).toHaveLength(0); // a GET confirms nothing
    const confirmed = await app.inject({ method: 'POST', url: link ?? '' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Inscription confirmée');
    expect(await demandPoints(database.db, null, new Date())).toHaveLength(1);
    const forged = await app.inject({
      method: 'POST',
      url: '/inscription/confirmer?token=AAAAAAAAAAAAAAAAAAAA',
    });
    expect(forged.statusCode).toBe(404);
    expect(await demandPoints(database.db, null, new Date())).toHaveLength(1);
  });

  it('tells the confirmed registration once when a covering sector is added, the unconfirmed one never', async () => {
    expect(await notifyNewlyEligible(database.db, mailSettings(env), far(2))).toBe(0); // not covered yet
    await importGeoJson(database.db, network([WEST, EAST]));
    expect(await notifyNewlyEligible(database.db, mailSettings(env), far(3))).toBe(1);
    expect(await notifyNewlyEligible(database.db, mailSettings(env), far(4))).toBe(0);
    await dispatchDue(database.db, env, far(5));
    await dispatchDue(database.db, env, far(90));
    const toAlice = mailsTo('alice@example.org');
    expect(toAlice).toHaveLength(2);
    expect(toAlice[1]?.subject).toContain('Vous pouvez maintenant être raccordé');
    expect(toAlice[1]?.text).toContain('par radio');
    expect(toAlice[1]?.headers.get('list')).toMatchObject({ unsubscribe: expect.anything() });
    expect(mailsTo('bob@example.org')).toHaveLength(1); // the confirmation request only

    const unsubscribe = /http:\/\/terrain\.test(\/inscription\/desinscrire\?token=[\w-]+)/.exec(
      toAlice[1]?.text ?? '',
    )?.[1];
    const res = await app.inject({ method: 'POST', url: unsubscribe ?? '/x' });
    expect(res.statusCode).toBe(200);
    const row = await database.db
      .selectFrom('interest_registrations')
      .select(['unsubscribed_at', 'notify'])
      .where('email', '=', 'alice@example.org')
      .executeTakeFirstOrThrow();
    expect(row.notify).toBe(false);
    expect(row.unsubscribed_at).not.toBeNull();
  });

  it('sends nothing without SMTP_URL', async () => {
    const before = await database.db.selectFrom('notification_outbox').select('id').execute();
    const id = await app.inject({
      method: 'POST',
      url: '/trpc/interest.register',
      payload: { position: HOME_B, kind: 'share', email: 'carol@example.org', consent: true },
    });
    expect(id.statusCode).toBe(200);
    expect(mailSettings(parseEnv({ SMTP_URL: '' }))).toBeNull();
    // With SMTP configured here, exactly one more row (carol's confirmation), nothing else.
    const after = await database.db.selectFrom('notification_outbox').select('id').execute();
    expect(after.length - before.length).toBe(1);
  });
});
