// Every procedure of the router with the lowest role allowed to call it. The list is checked against
// the router itself, so a procedure added without an entry here fails this test. Each guarded procedure
// is then called by everyone below its role: anonymous → UNAUTHORIZED, a lower role → FORBIDDEN (the
// role check runs before the input is read, so no valid input is needed to prove the refusal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { makeTestContext } from '../context.ts';
import { appRouter } from '../router.ts';
import { createCallerFactory } from '../trpc.ts';
import { makeUser, testEnv } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { roles, type Role, type SessionUser } from '../../shared/schemas/auth.ts';

type Allowed = 'public' | Role;

const matrix: Record<string, Allowed> = {
  'addresses.search': 'public',
  'attachments.status': 'technician',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.me': 'public',
  'channels.create': 'admin',
  'channels.delete': 'admin',
  'channels.overview': 'coordinator',
  'channels.retry': 'coordinator',
  'channels.test': 'coordinator',
  'channels.update': 'admin',
  'dashboard.summary': 'coordinator',
  'eligibility.check': 'public',
  'export.ispJson': 'public',
  'incidents.current': 'public',
  'incidents.get': 'coordinator',
  'incidents.list': 'coordinator',
  'incidents.open': 'coordinator',
  'incidents.preview': 'coordinator',
  'incidents.resolve': 'coordinator',
  'incidents.update': 'coordinator',
  'installations.get': 'coordinator',
  'installations.list': 'coordinator',
  'installations.remove': 'coordinator',
  'installations.replaceOnt': 'coordinator',
  'interest.delete': 'coordinator',
  'interest.demand': 'public',
  'interest.export': 'coordinator',
  'interest.list': 'coordinator',
  'interest.register': 'public',
  'interventions.bulkApprove': 'coordinator',
  'interventions.get': 'coordinator',
  'interventions.list': 'coordinator',
  'interventions.review': 'coordinator',
  'interventions.technicians': 'coordinator',
  'interventions.versionDiff': 'coordinator',
  'inventory.audit': 'admin',
  'inventory.deleteFibrePoint': 'admin',
  'inventory.deleteSector': 'admin',
  'inventory.deleteSite': 'admin',
  'inventory.deleteZone': 'admin',
  'inventory.get': 'coordinator',
  'inventory.saveBuilding': 'admin',
  'inventory.saveFibrePoint': 'admin',
  'inventory.saveSector': 'admin',
  'inventory.saveSite': 'admin',
  'inventory.saveZone': 'admin',
  'inventory.setMembership': 'admin',
  'jobs.cancel': 'coordinator',
  'jobs.create': 'coordinator',
  'jobs.list': 'coordinator',
  'network.config': 'public',
  'network.coverage': 'public',
  'network.offlineManifest': 'public',
  'network.outline': 'public',
  'network.tile': 'public',
  'places.building': 'coordinator',
  'places.fibrePoint': 'coordinator',
  'prospects.exportPerson': 'coordinator',
  'prospects.purge': 'coordinator',
  'subscription.delete': 'coordinator',
  'surveys.ofSubscriptions': 'coordinator',
  'surveys.prospects': 'technician',
  'subscription.list': 'coordinator',
  'subscription.request': 'public',
  'subscription.setStatus': 'coordinator',
  'sync.conflicts': 'coordinator',
  'sync.pull': 'technician',
  'sync.push': 'technician',
  'sync.rejections': 'coordinator',
  'terrain.manifest': 'technician',
  'sync.resolveConflict': 'coordinator',
  'sync.resolveRejection': 'coordinator',
  'users.assignZones': 'admin',
  'users.create': 'admin',
  'users.disable': 'admin',
  'users.enable': 'admin',
  'users.list': 'admin',
  'users.resetPassword': 'admin',
  'users.revokeSessions': 'admin',
  'users.setPasswordWithLink': 'public',
  'users.setRole': 'admin',
};

const createCaller = createCallerFactory(appRouter);
type Callable = (input?: unknown) => Promise<unknown>;

/** caller["a"]["b"] for the path "a.b", typed loosely on purpose: the matrix is data. */
function procedureAt(caller: unknown, path: string): Callable {
  let node: unknown = caller;
  for (const part of path.split('.')) {
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'function') throw new Error(`no procedure at ${path}`);
  return node as Callable;
}

describe('role matrix', () => {
  it('lists every procedure of the router, and only those', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(matrix).sort());
  });
});

describe.each(testDatabases)('role checks on $name', (kind) => {
  let database: Database;
  const users = new Map<Role, SessionUser>();
  beforeAll(async () => {
    database = await kind.open();
    for (const role of roles) users.set(role, await makeUser(database, role));
  });
  afterAll(() => database.close());

  const guarded = Object.entries(matrix).filter((e): e is [string, Role] => e[1] !== 'public');
  it.each(guarded)('%s refuses callers below %s', async (path, min) => {
    const anonymous = createCaller(makeTestContext({ db: database.db, env: testEnv }));
    await expect(procedureAt(anonymous, path)(undefined)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    for (const role of roles.slice(0, roles.indexOf(min))) {
      const caller = createCaller(makeTestContext({ db: database.db, env: testEnv, user: users.get(role) }));
      await expect(procedureAt(caller, path)(undefined)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
