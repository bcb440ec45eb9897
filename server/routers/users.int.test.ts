import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser, testEnv } from '../testing/caller.ts';
import { makeTestContext } from '../context.ts';
import { appRouter } from '../router.ts';
import { createCallerFactory } from '../trpc.ts';
import { testDatabases } from '../testing/databases.ts';
import { createSession, sessionUser } from '../services/auth.service.ts';
import { runAdminCommand } from '../admin/commands.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

describe.each(testDatabases)('users administration on $name', (kind) => {
  let database: Database;
  let admin: SessionUser;
  const login = async (user: SessionUser) => (await createSession(database.db, user.id, 1, null)).token;
  const actions = async (id: string) =>
    (
      await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('target_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    database = await kind.open();
    admin = await makeUser(database, 'admin');
    await database.db
      .insertInto('zones')
      .values([
        { id: 'z1', name: 'Jussy' },
        { id: 'z2', name: 'Auxerre' },
      ])
      .execute();
  });
  afterAll(() => database.close());

  it('creates a technician with a password shown once, who can then log in', async () => {
    const out = await callerFor(database, admin).users.create({
      email: 'Nouvelle@Example.org',
      name: 'Nouvelle Technicienne',
      role: 'technician',
      credential: 'password',
      zoneIds: ['z1'],
    });
    expect(out.password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(out.user).toMatchObject({ email: 'nouvelle@example.org', role: 'technician' });
    const logged = await callerFor(database).auth.login({
      email: 'nouvelle@example.org',
      password: out.password ?? '',
    });
    expect(logged.user.id).toBe(out.user.id);
    const list = await callerFor(database, admin).users.list();
    const row = list.find((u) => u.id === out.user.id);
    expect(row).toMatchObject({ zoneIds: ['z1'], disabledAt: null, activeSessions: 1 });
    expect(row?.lastSignInAt).not.toBeNull();
    // The same e-mail again is a clash, not an overwrite.
    await expect(
      callerFor(database, admin).users.create({
        email: 'nouvelle@example.org',
        name: 'X',
        role: 'admin',
        credential: 'password',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a one-time link sets the password once, within 24 h', async () => {
    const out = await callerFor(database, admin).users.create({
      email: 'lien@example.org',
      name: 'Par lien',
      role: 'coordinator',
      credential: 'link',
    });
    expect(out.password).toBeUndefined();
    const token = out.linkToken ?? '';
    expect(Date.parse(out.linkExpiresAt ?? '') - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    await callerFor(database).users.setPasswordWithLink({ token, password: 'un mot de passe neuf' });
    await expect(
      callerFor(database).users.setPasswordWithLink({ token, password: 'une seconde fois !' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const logged = await callerFor(database).auth.login({
      email: 'lien@example.org',
      password: 'un mot de passe neuf',
    });
    expect(logged.user.role).toBe('coordinator');
    await expect(
      callerFor(database).users.setPasswordWithLink({ token: 'x'.repeat(43), password: 'whatever123' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('disable ends every session at once and refuses the next request; enable lets them back', async () => {
    const tech = await makeUser(database, 'technician');
    const token = await login(tech);
    expect(await sessionUser(database.db, token)).toMatchObject({ id: tech.id });
    await callerFor(database, admin).users.disable({ id: tech.id });
    expect(await sessionUser(database.db, token)).toBeNull();
    await expect(
      callerFor(database).auth.login({ email: tech.email, password: 'correct horse battery' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await callerFor(database, admin).users.enable({ id: tech.id });
    await callerFor(database).auth.login({ email: tech.email, password: 'correct horse battery' });
    expect(await actions(tech.id)).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
  });

  it('a role change or a password reset ends the sessions; revoke ends them all', async () => {
    const tech = await makeUser(database, 'technician');
    const t1 = await login(tech);
    await callerFor(database, admin).users.setRole({ id: tech.id, role: 'coordinator' });
    expect(await sessionUser(database.db, t1)).toBeNull();
    const t2 = await login(tech);
    const reset = await callerFor(database, admin).users.resetPassword({
      id: tech.id,
      credential: 'password',
    });
    expect(await sessionUser(database.db, t2)).toBeNull();
    await callerFor(database).auth.login({ email: tech.email, password: reset.password ?? '' });
    await login(tech);
    expect(await callerFor(database, admin).users.revokeSessions({ id: tech.id })).toEqual({ ended: 2 });
    expect(await actions(tech.id)).toEqual(
      expect.arrayContaining(['user.role', 'user.password_reset', 'user.revoke_sessions']),
    );
  });

  it('an admin cannot disable or demote themselves, and resetting their own password keeps their session', async () => {
    await expect(callerFor(database, admin).users.disable({ id: admin.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      callerFor(database, admin).users.setRole({ id: admin.id, role: 'technician' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const token = await login(admin);
    const other = await login(admin);
    // A caller whose context carries the admin's own cookie token.
    const own = createCallerFactory(appRouter)(
      makeTestContext({ db: database.db, env: testEnv, user: admin, sessionToken: token }),
    );
    await own.users.resetPassword({ id: admin.id, credential: 'password' });
    expect(await sessionUser(database.db, token)).toMatchObject({ id: admin.id });
    expect(await sessionUser(database.db, other)).toBeNull();
  });

  it('bad input is BAD_REQUEST, unknown ids NOT_FOUND, unknown zones refused, and nothing changes', async () => {
    const caller = callerFor(database, admin);
    await expect(caller.users.disable({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.users.disable({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const tech = await makeUser(database, 'technician');
    await caller.users.assignZones({ id: tech.id, zoneIds: ['z1'] });
    await expect(caller.users.assignZones({ id: tech.id, zoneIds: ['z1', 'nope'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(caller.users.assignZones({ id: tech.id, zoneIds: ['z\u0000'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const list = await caller.users.list();
    expect(list.find((u) => u.id === tech.id)?.zoneIds).toEqual(['z1']);
    await expect(
      caller.users.create({
        email: 'pas une adresse',
        name: 'X',
        role: 'technician',
        credential: 'password',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('the CLI verbs disable-user, enable-user, revoke-sessions and assign-zones do the same', async () => {
    const tech = await makeUser(database, 'technician', 'cli-tech@example.org');
    const token = await login(tech);
    const run = (...argv: string[]) => runAdminCommand(database, argv);
    expect(await run('assign-zones', '--email', 'cli-tech@example.org', '--zones', 'z2,z1')).toMatchObject({
      code: 0,
      output: 'Zones of cli-tech@example.org: z2, z1',
    });
    expect(
      (
        await database.db
          .selectFrom('user_zones')
          .select('zone_id')
          .where('user_id', '=', tech.id)
          .orderBy('zone_id')
          .execute()
      ).map((r) => r.zone_id),
    ).toEqual(['z1', 'z2']);
    expect((await run('assign-zones', '--email', 'cli-tech@example.org', '--zones', 'z9')).code).toBe(1);
    expect((await run('revoke-sessions', '--email', 'cli-tech@example.org')).output).toBe(
      'Ended 1 session(s) of cli-tech@example.org.',
    );
    expect(await sessionUser(database.db, token)).toBeNull();
    const t2 = await login(tech);
    expect((await run('disable-user', '--email', 'cli-tech@example.org')).code).toBe(0);
    expect(await sessionUser(database.db, t2)).toBeNull();
    expect((await run('enable-user', '--email', 'cli-tech@example.org')).code).toBe(0);
    expect((await run('disable-user', '--email', 'nobody@example.org')).code).toBe(1);
    expect((await run('disable-user')).code).toBe(2);
    // create-user with a new password ends the sessions too (CONTRACT §1).
    const t3 = await login(tech);
    expect(
      (
        await run(
          'create-user',
          '--email',
          'cli-tech@example.org',
          '--name',
          'T',
          '--role',
          'technician',
          '--password',
          'another password',
        )
      ).code,
    ).toBe(0);
    expect(await sessionUser(database.db, t3)).toBeNull();
  });

  it('technicians and coordinators calling users procedures get FORBIDDEN', async () => {
    for (const role of ['technician', 'coordinator'] as const) {
      const user = await makeUser(database, role);
      await expect(callerFor(database, user).users.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(callerFor(database, user).users.disable({ id: admin.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(callerFor(database).users.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
