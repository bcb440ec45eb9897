import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { direct } from '../../shared/eligibility/geo.ts';
import type { RegisterInterestInput } from '../../shared/schemas/interest.ts';
import { registerInterest } from '../services/interest.service.ts';

const HOME = { lat: 47.7231, lon: 3.5874 };
const near = (bearing: number, metres: number) => direct(HOME.lat, HOME.lon, bearing, metres);

describe.each(testDatabases)('interest registrations on $name', (kind) => {
  let database: Database;
  const anonymous = () => callerFor(database, null, '10.2.0.1');
  const rows = () => database.db.selectFrom('interest_registrations').selectAll().execute();
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('stores a registration with normalised contact and a 3-year retention', async () => {
    const before = Date.now();
    const { id } = await anonymous().interest.register({
      position: HOME,
      kind: 'connect',
      email: ' Marie.Dupont@Example.FR',
      phone: '06 12 34 56 78',
      name: 'Marie Dupont',
      consent: true,
      floor: 1,
      totalFloors: 2,
      orientations: ['S', 'SW'],
      publicFields: ['floor', 'orientations'],
    });
    const [row] = await rows();
    expect(row).toMatchObject({
      id,
      email: 'marie.dupont@example.fr',
      phone: '+33612345678',
      orientations: ['S', 'SW'],
    });
    const years = ((row?.retention_until.getTime() ?? 0) - before) / (365.25 * 86_400_000);
    expect(years).toBeCloseTo(3, 1);
  });

  it('answers an anonymous repeat like a new registration and changes nothing of the first', async () => {
    await database.db
      .updateTable('interest_registrations')
      .set({ retention_until: new Date('2027-01-01T00:00:00Z') })
      .execute();
    const [first] = await rows();
    const again = await anonymous().interest.register({
      position: near(45, 60),
      kind: 'share',
      phone: '+33 6 12 34 56 78',
      name: 'Someone Else',
      comment: 'Toit accessible',
      consent: true,
    });
    // A fresh id, as for anyone: the caller learns nothing about who registered here.
    expect(again.id).not.toBe(first?.id);
    expect(again.id).toMatch(/^[0-9a-f-]{36}$/);
    const [row, ...others] = await rows();
    expect(others).toHaveLength(0);
    // Not completed, not renewed: the stranger cannot extend someone's consent.
    expect(row).toEqual(first);

    // Far away, or another person: new rows.
    await anonymous().interest.register({
      position: near(0, 500),
      kind: 'connect',
      email: 'marie.dupont@example.fr',
      consent: true,
    });
    await anonymous().interest.register({
      position: HOME,
      kind: 'share',
      email: 'voisin@example.org',
      consent: true,
    });
    expect(await rows()).toHaveLength(3);
  });

  it('counts two simultaneous submissions of one form once', async () => {
    const input = {
      position: near(90, 3000),
      kind: 'connect',
      email: 'double@example.org',
      consent: true,
    } as const;
    const before = (await rows()).length;
    const [a, b] = await Promise.all([
      anonymous().interest.register(input),
      anonymous().interest.register(input),
    ]);
    expect(a.id).not.toBe(b.id); // both answered like new registrations
    expect(await rows()).toHaveLength(before + 1);
  });

  it('shows only aggregated cells on the demand map, with no personal data', async () => {
    const demand = await anonymous().interest.demand({});
    expect(demand.resolution).toBe(7);
    expect(demand.cells.length).toBeGreaterThan(0);
    const total = demand.cells.reduce((n, c) => n + (c.total.count ?? 0), 0);
    const bucketed = demand.cells.filter((c) => c.total.bucket === '1-2').length;
    expect(total + bucketed).toBeGreaterThan(0);
    const json = JSON.stringify(demand);
    for (const r of await rows()) {
      for (const secret of [r.email, r.phone, r.name, r.comment, r.id, String(r.lat), String(r.lon)]) {
        if (secret) expect(json).not.toContain(secret);
      }
    }
    expect(Object.keys(demand.cells[0] ?? {}).sort()).toEqual([
      'boundary',
      'center',
      'connect',
      'h3',
      'share',
      'total',
    ]);
    const inBox = await anonymous().interest.demand({
      bbox: { south: 47.72, north: 47.73, west: 3.58, east: 3.6 },
      resolution: 8,
    });
    expect(inBox.cells.every((c) => c.center.lat > 47.6 && c.center.lat < 47.8)).toBe(true);
  });

  it('lets coordinators list, export (audited) and erase (audited) registrations', async () => {
    const coordinator = await makeUser(database, 'coordinator');
    const caller = callerFor(database, coordinator);
    const all = await caller.interest.list({});
    expect(all.items).toHaveLength(4);
    const page = await caller.interest.list({ limit: 3 });
    const next = await caller.interest.list({ limit: 3, cursor: page.nextCursor });
    expect([...page.items, ...next.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    expect(next.nextCursor).toBeNull();

    const csv = await caller.interest.export();
    expect(csv.rows).toBe(4);
    expect(csv.csv).toContain('marie.dupont@example.fr');
    expect(csv.csv.split('\r\n')[0]).toContain(
      '\uFEFFIdentifiant;Demande;Latitude;Longitude;Adresse;Nom;E-mail;Téléphone',
    );

    const target = all.items[0]?.id ?? '';
    expect(await caller.interest.delete({ id: target })).toEqual({ deleted: true });
    await expect(caller.interest.delete({ id: target })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await rows()).map((r) => r.id)).not.toContain(target);
    const log = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'interest.%')
      .orderBy('id')
      .execute();
    // Reading a list that holds personal data is audited too (three pages read above), never the rows.
    expect(log.map((l) => [l.action, l.actor_id, l.target_id])).toEqual([
      ['interest.list.read', coordinator.id, null],
      ['interest.list.read', coordinator.id, null],
      ['interest.list.read', coordinator.id, null],
      ['interest.export', coordinator.id, null],
      ['interest.delete', coordinator.id, target],
    ]);
    expect(JSON.stringify(log)).not.toContain('@');
  });

  it('keeps personal data from technicians and the public', async () => {
    const technician = callerFor(database, await makeUser(database, 'technician'));
    await expect(technician.interest.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(anonymous().interest.export()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('erases registrations whose retention has passed', async () => {
    const input: RegisterInterestInput = {
      position: near(180, 9000),
      kind: 'connect',
      email: 'old@example.org',
      consent: true,
    };
    const fourYearsAgo = new Date(Date.now() - 4 * 365 * 86_400_000);
    const { id } = await registerInterest(database.db, input, fourYearsAgo);
    const coordinator = callerFor(database, await makeUser(database, 'coordinator'));
    const listed = await coordinator.interest.list({});
    expect(listed.items.map((i) => i.id)).not.toContain(id);
    expect((await rows()).map((r) => r.id)).not.toContain(id);
  });
});
