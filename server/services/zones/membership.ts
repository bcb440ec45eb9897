// Which working zone a site, fibre point or building belongs to, from its position: the first zone (by
// id) whose outline contains it. Rows an admin placed by hand (zone_manual) never move. A zone without
// an outline is a hand-made group: its members stay until moved.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { polygonGeometry, type PolygonGeometry } from '../../../shared/schemas/network.ts';
import { geometryBounds, pointInGeometry } from '../../../shared/eligibility/fibre.ts';
import * as zonesRepo from '../../repositories/zones.repository.ts';
import type { ZonedTable } from '../../repositories/zones.repository.ts';

export interface ZoneOutline {
  id: string;
  geometry: PolygonGeometry;
  bounds: [number, number, number, number];
}

export async function loadOutlines(
  db: Kysely<DB>,
): Promise<{ outlines: ZoneOutline[]; outlined: Set<string> }> {
  const outlines: ZoneOutline[] = [];
  for (const z of await zonesRepo.listZones(db)) {
    const g = polygonGeometry.safeParse(z.geometry);
    if (g.success) outlines.push({ id: z.id, geometry: g.data, bounds: geometryBounds(g.data) });
  }
  return { outlines, outlined: new Set(outlines.map((o) => o.id)) };
}

/** The zone whose outline holds the point, or undefined when none does. */
export function zoneAt(outlines: readonly ZoneOutline[], lat: number, lon: number): string | undefined {
  for (const o of outlines) {
    const [minX, minY, maxX, maxY] = o.bounds;
    if (lon < minX || lon > maxX || lat < minY || lat > maxY) continue;
    if (pointInGeometry(o.geometry, lon, lat)) return o.id;
  }
  return undefined;
}

/**
 * The zone a row should have: inside an outline → that zone; outside every outline → none, unless it
 * sits in a zone without outline (kept).
 */
export function zoneFor(
  outlines: readonly ZoneOutline[],
  outlined: ReadonlySet<string>,
  row: { lat: number; lon: number; zone_id: string | null },
): string | null {
  const inside = zoneAt(outlines, row.lat, row.lon);
  if (inside !== undefined) return inside;
  return row.zone_id !== null && !outlined.has(row.zone_id) ? row.zone_id : null;
}

const zonedTables: ZonedTable[] = ['sites', 'fibre_points', 'buildings'];

/**
 * Puts rows in the zone their position says (only `ids` when given, else every row of the tables).
 * Writes only rows whose zone changes, so devices receive nothing for the others.
 */
export async function assignZonesByPosition(
  db: Kysely<DB>,
  scope: { table: ZonedTable; ids?: readonly string[] }[] = zonedTables.map((table) => ({ table })),
): Promise<number> {
  const { outlines, outlined } = await loadOutlines(db);
  if (!outlines.length) return 0;
  let moved = 0;
  for (const { table, ids } of scope) {
    const byZone = new Map<string | null, string[]>();
    for (const row of await zonesRepo.positionedRows(db, table, ids)) {
      const zone = zoneFor(outlines, outlined, row);
      if (zone === row.zone_id) continue;
      const list = byZone.get(zone) ?? [];
      list.push(row.id);
      byZone.set(zone, list);
    }
    for (const [zone, list] of byZone) moved += await zonesRepo.setZone(db, table, zone, list);
  }
  return moved;
}
