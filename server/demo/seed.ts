// The demo cooperative, loaded on an empty database: the Yonne network (data/yonne.geojson), a zone per
// relay town, one account per role with a password generated for this database, a few interventions.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Role } from '../../shared/schemas/auth.ts';
import { upsertUser } from '../services/auth.service.ts';
import { generatePassword } from '../services/passwords.ts';
import { importGeoJson } from '../services/import/geojson.import.ts';
import { countUsers } from '../repositories/users.repository.ts';
import { insertIntervention } from '../repositories/interventions.repository.ts';
import { assignDemoZones } from '../repositories/demo.repository.ts';

export const demoGeoJsonPath = join(import.meta.dirname, 'data', 'yonne.geojson');

const accounts: { role: Role; email: string; name: string }[] = [
  { role: 'technician', email: 'technicien@demo.terrain.example', name: 'Camille Technicienne' },
  // No zone yet: the console's zone screen has someone to assign.
  { role: 'technician', email: 'nouveau@demo.terrain.example', name: 'Sacha Nouveau' },
  { role: 'coordinator', email: 'coordination@demo.terrain.example', name: 'Dominique Coordination' },
  { role: 'admin', email: 'admin@demo.terrain.example', name: 'Alex Admin' },
];

type DemoAccounts = { accounts: { email: string; role: Role; password: string }[] };
// Several processes may start together on one empty PostgreSQL: only one of them loads the demo.
const SEED_LOCK = 72_610_002;

export function seedDemoIfEmpty(db: Kysely<DB>): Promise<DemoAccounts | null> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${SEED_LOCK})`.execute(conn);
    try {
      return await seedIfEmpty(conn);
    } finally {
      await sql`select pg_advisory_unlock(${SEED_LOCK})`.execute(conn);
    }
  });
}

async function seedIfEmpty(db: Kysely<DB>): Promise<DemoAccounts | null> {
  const sites = await db.selectFrom('sites').select('id').limit(1).execute();
  if (sites.length > 0 || (await countUsers(db)) > 0) return null;
  const report = await importGeoJson(db, readFileSync(demoGeoJsonPath, 'utf8'));
  if (report.rejected.length)
    throw new Error(`demo data has rejected features: ${JSON.stringify(report.rejected)}`);
  const zoneIds = await assignDemoZones(db);

  const created: { email: string; role: Role; password: string; id: string }[] = [];
  for (const a of accounts) {
    const password = generatePassword();
    const { user } = await upsertUser(db, { ...a, password });
    created.push({ email: a.email, role: a.role, password, id: user.id });
  }
  const tech = created.find((c) => c.role === 'technician');
  if (tech) {
    await db
      .insertInto('user_zones')
      .values(zoneIds.map((zone_id) => ({ user_id: tech.id, zone_id })))
      .execute();
    await seedInterventions(db, tech.id);
  }
  return { accounts: created.map(({ email, role, password }) => ({ email, role, password })) };
}

async function seedInterventions(db: Kysely<DB>, technicianId: string): Promise<void> {
  const day = 86_400_000;
  const now = Date.now();
  const siteOf = async (id: string) =>
    (await db
      .selectFrom('sites')
      .select(['id', 'zone_id', 'lat', 'lon'])
      .where('id', '=', id)
      .executeTakeFirst()) ?? null;
  const items = [
    {
      site: 'site-jussy',
      kind: 'alignment',
      summary: 'Réalignement secteur est après coup de vent',
      days: 12,
      status: 'approved',
    },
    {
      site: 'site-saint-bris',
      kind: 'power',
      summary: 'Remplacement batterie onduleur',
      days: 6,
      status: 'submitted',
    },
    {
      site: 'site-jussy',
      kind: 'maintenance',
      summary: 'Contrôle annuel du mât et des fixations',
      days: 3,
      status: 'submitted',
    },
    {
      site: 'site-coulanges',
      kind: 'repair',
      summary: 'Changement du switch PoE',
      days: 1,
      status: 'changes_requested',
    },
  ] as const;
  for (const it of items) {
    const site = await siteOf(it.site);
    if (!site) continue;
    const started = new Date(now - it.days * day);
    await insertIntervention(db, {
      id: randomUUID(),
      kind: it.kind,
      status: it.status,
      summary: it.summary,
      notes: null,
      started_at: started,
      ended_at: new Date(started.getTime() + 2 * 3_600_000),
      site_id: site.id,
      sector_id: null,
      building_id: null,
      fibre_node_id: null,
      zone_id: site.zone_id,
      lat: site.lat,
      lon: site.lon,
      measurements: null,
      technician_id: technicianId,
      review_comment:
        it.status === 'changes_requested' ? 'Merci d’ajouter une photo du switch installé.' : null,
      reviewed_by: null,
      reviewed_at: null,
    });
  }
}
