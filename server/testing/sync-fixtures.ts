// Small factories for sync tests: two zones of reference data, mutations as a device queues them.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { PushedMutation } from '../../shared/schemas/sync.ts';

/** Zones A and B, a relay with a sector in each, a fibre building in each, one unzoned fibre zone. */
export async function seedTwoZones(database: Database): Promise<void> {
  const { db } = database;
  await db
    .insertInto('zones')
    .values([
      { id: 'zone-a', name: 'A' },
      { id: 'zone-b', name: 'B' },
    ])
    .execute();
  await db
    .insertInto('sites')
    .values([
      { id: 'site-a', zone_id: 'zone-a', name: 'Relais A', lat: 47.7, lon: 3.6 },
      { id: 'site-b', zone_id: 'zone-b', name: 'Relais B', lat: 47.8, lon: 3.5 },
    ])
    .execute();
  await db
    .insertInto('sectors')
    .values([
      { id: 'sec-a1', site_id: 'site-a', azimuth_deg: 90, beamwidth_deg: 60, range_m: 5000, full: false },
      { id: 'sec-b1', site_id: 'site-b', azimuth_deg: 180, beamwidth_deg: 60, range_m: 5000, full: false },
    ])
    .execute();
  await db
    .insertInto('buildings')
    .values([
      {
        id: 'bat-a',
        zone_id: 'zone-a',
        state: 'deployed',
        network: 'own',
        source: 'test',
        lat: 47.71,
        lon: 3.61,
      },
      {
        id: 'bat-b',
        zone_id: 'zone-b',
        state: 'deployed',
        network: 'own',
        source: 'test',
        lat: 47.81,
        lon: 3.51,
      },
    ])
    .execute();
  await db
    .insertInto('fibre_zones')
    .values({
      id: 'fz-1',
      name: 'Bourg',
      status: 'available',
      geometry: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [3.6, 47.7],
            [3.61, 47.7],
            [3.61, 47.71],
            [3.6, 47.7],
          ],
        ],
      }),
    })
    .execute();
}

export async function giveZones(database: Database, userId: string, zones: string[]): Promise<void> {
  await database.db.deleteFrom('user_zones').where('user_id', '=', userId).execute();
  if (zones.length) {
    await database.db
      .insertInto('user_zones')
      .values(zones.map((zone_id) => ({ user_id: userId, zone_id })))
      .execute();
  }
}

export function interventionArgs(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'maintenance',
    summary: 'Contrôle du mât',
    startedAt: '2026-11-20T08:00:00+01:00',
    siteId: 'site-a',
    position: { lat: 47.7, lon: 3.6 },
    measurements: { rssiDbm: -61 },
    ...over,
  };
}

/** Mutations numbered from `firstId`, as a device's outbox sends them. */
export function numbered(firstId: number, items: { name: string; args: unknown }[]): PushedMutation[] {
  return items.map((m, i) => ({ id: firstId + i, ...m, createdAt: '2026-11-20T08:00:00+01:00' }));
}

export function creates(
  firstId: number,
  count: number,
  over: Record<string, unknown> = {},
): PushedMutation[] {
  return numbered(
    firstId,
    Array.from({ length: count }, () => ({ name: 'intervention.create', args: interventionArgs(over) })),
  );
}

interface PullPage {
  cursor: string;
  changes: { table: string; op: 'put' | 'del'; id: string; row?: unknown }[];
  lastMutationId: number;
  more: boolean;
  reset: boolean;
}

/** What a device holds after following the cursor: `table:id` → row. */
export class Replica {
  readonly rows = new Map<string, unknown>();
  cursor: string | null = null;
  lastMutationId = 0;
  pages = 0;
  resets = 0;

  apply(page: PullPage): void {
    if (page.reset) {
      this.rows.clear();
      this.resets++;
    }
    for (const c of page.changes) {
      const key = `${c.table}:${c.id}`;
      if (c.op === 'put') this.rows.set(key, c.row);
      else this.rows.delete(key);
    }
    this.cursor = page.cursor;
    this.lastMutationId = Math.max(this.lastMutationId, page.lastMutationId);
    this.pages++;
  }

  /** Pulls until `more` is false. */
  async follow(pull: (cursor: string | null) => Promise<PullPage>): Promise<this> {
    for (let i = 0; i < 10_000; i++) {
      const page = await pull(this.cursor);
      this.apply(page);
      if (!page.more) return this;
    }
    throw new Error('pull never ended');
  }

  keys(table?: string): string[] {
    return [...this.rows.keys()].filter((k) => !table || k.startsWith(`${table}:`)).sort();
  }
}
