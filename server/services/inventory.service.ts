// The console's network inventory: read it whole, edit relays, sectors, fibre points and working zones.
// Each change is one transaction that writes the row, the audit entry (who, when, before, after) and,
// through the triggers, the change log devices pull. The eligibility index is told at once, so public
// answers follow within the request that saved.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import type { SaveFibrePointArgs } from '../../shared/schemas/fibre-points.ts';
import { polygonGeometry } from '../../shared/schemas/network.ts';
import type {
  AuditEntry,
  AuditListInput,
  Inventory,
  SaveBuildingInput,
  SaveSectorInput,
  SaveSiteInput,
  SaveZoneInput,
  SetMembershipInput,
} from '../../shared/schemas/inventory.ts';
import * as repo from '../repositories/inventory.repository.ts';
import * as pointsRepo from '../repositories/fibre-points.repository.ts';
import * as zonesRepo from '../repositories/zones.repository.ts';
import { audit } from '../repositories/audit.repository.ts';
import { invalidateCoverage } from './eligibility-cache.service.ts';
import { toDomainRow } from './sync/rows.ts';
import { assignZonesByPosition, loadOutlines, zoneFor } from './zones/membership.ts';

export async function readInventory(db: Kysely<DB>): Promise<Inventory> {
  const [sites, sectors, points, zones, counts] = await Promise.all([
    repo.allRowsJson(db, 'sites'),
    repo.allRowsJson(db, 'sectors'),
    repo.allRowsJson(db, 'fibre_points'),
    zonesRepo.listZones(db),
    zonesRepo.zoneCounts(db),
  ]);
  return {
    sites: sites.map((r) => ({ ...toDomainRow('sites', r), zoneManual: r.zone_manual === true })),
    sectors: sectors.map((r) => toDomainRow('sectors', r)),
    fibrePoints: points.map((r) => toDomainRow('fibre_points', r)),
    zones: zones.map((z) => {
      const c = counts.find((x) => x.zone_id === z.id);
      const g = polygonGeometry.safeParse(z.geometry);
      return {
        id: z.id,
        name: z.name,
        geometry: g.success ? g.data : null,
        sites: c?.sites ?? 0,
        buildings: c?.buildings ?? 0,
        fibrePoints: c?.fibre_points ?? 0,
        users: c?.users ?? 0,
      };
    }),
  };
}

type Versioned = 'sites' | 'sectors' | 'fibre_points' | 'zones' | 'buildings';

/** Runs a change and records its version: the row before and after, by whom. */
async function versioned(
  db: Kysely<DB>,
  actorId: string,
  table: Versioned,
  id: string,
  change: (trx: Kysely<DB>, before: Record<string, unknown> | undefined) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.rowJson(trx, table, id);
    await change(trx, before);
    const after = await repo.rowJson(trx, table, id);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await audit(trx, {
      actorId,
      action: `network.${table}.${after ? (before ? 'update' : 'create') : 'delete'}`,
      targetTable: table,
      targetId: id,
      details: { before: before ?? null, after: after ?? null },
    });
  });
  invalidateCoverage(db);
}

export function saveSite(db: Kysely<DB>, actorId: string, s: SaveSiteInput): Promise<void> {
  return versioned(db, actorId, 'sites', s.id, async (trx) => {
    await repo.saveSite(trx, {
      id: s.id,
      name: s.name,
      lat: s.position.lat,
      lon: s.position.lon,
      access_notes: s.accessNotes,
      power: s.power,
      notes: s.notes,
      status: s.status,
    });
    await assignZonesByPosition(trx, [{ table: 'sites', ids: [s.id] }]);
  });
}

export async function saveSector(db: Kysely<DB>, actorId: string, s: SaveSectorInput): Promise<void> {
  await versioned(db, actorId, 'sectors', s.id, async (trx, before) => {
    if (!(await repo.rowJson(trx, 'sites', s.siteId)))
      throw new DomainError('UNKNOWN_REFERENCE', `Relais « ${s.siteId} » introuvable.`);
    if (before && before.site_id !== s.siteId)
      throw new DomainError('INVALID_ARGS', 'Un secteur ne change pas de relais.');
    await repo.saveSector(trx, {
      id: s.id,
      site_id: s.siteId,
      name: s.name,
      azimuth_deg: s.azimuthDeg,
      beamwidth_deg: s.beamwidthDeg,
      range_m: s.rangeM,
      full: s.full,
      frequency_mhz: s.frequencyMHz,
      device_model: s.deviceModel,
      planned: s.planned,
    });
  });
}

/** An admin corrects an imported building (state, network, address, PM): versioned like the rest. */
export async function saveBuilding(db: Kysely<DB>, actorId: string, b: SaveBuildingInput): Promise<void> {
  await versioned(db, actorId, 'buildings', b.id, async (trx, before) => {
    if (!before) throw new DomainError('NOT_FOUND', `Bâtiment « ${b.id} » introuvable.`);
    if (b.pmId && !(await pointsRepo.existingPmIds(trx, [b.pmId])).has(b.pmId))
      throw new DomainError('UNKNOWN_REFERENCE', `PM « ${b.pmId} » introuvable.`);
    await repo.updateBuilding(trx, b.id, {
      state: b.state,
      network: b.network,
      address: b.address,
      pm_id: b.pmId,
    });
  });
}

export async function deleteElement(
  db: Kysely<DB>,
  actorId: string,
  table: 'sites' | 'sectors' | 'fibre_points',
  id: string,
): Promise<void> {
  let found = false;
  await versioned(db, actorId, table, id, async (trx) => {
    found =
      table === 'fibre_points'
        ? await pointsRepo.deleteFibrePoint(trx, id)
        : await repo.deleteRow(trx, table, id);
  });
  if (!found) throw new DomainError('NOT_FOUND');
}

export async function saveFibrePoint(db: Kysely<DB>, actorId: string, p: SaveFibrePointArgs): Promise<void> {
  await versioned(db, actorId, 'fibre_points', p.id, async (trx, before) => {
    if (before && before.kind !== p.kind)
      throw new DomainError('INVALID_ARGS', 'Un PM ne devient pas un PBO.');
    if (p.pmId && !(await pointsRepo.existingPmIds(trx, [p.pmId])).has(p.pmId))
      throw new DomainError('UNKNOWN_REFERENCE', `PM « ${p.pmId} » introuvable.`);
    if (p.zoneId && !(await zonesRepo.zoneExists(trx, p.zoneId)))
      throw new DomainError('UNKNOWN_REFERENCE', `Zone « ${p.zoneId} » introuvable.`);
    const manual = p.zoneId !== undefined;
    let zone = p.zoneId ?? null;
    if (!manual && p.position) {
      const { outlines, outlined } = await loadOutlines(trx);
      const current = typeof before?.zone_id === 'string' ? before.zone_id : null;
      zone = zoneFor(outlines, outlined, { ...p.position, zone_id: current });
    }
    await pointsRepo.saveFibrePoint(trx, {
      id: p.id,
      kind: p.kind,
      name: p.name,
      lat: p.position?.lat ?? null,
      lon: p.position?.lon ?? null,
      capacity: p.capacity,
      pm_id: p.pmId,
      zone_id: zone,
      zone_manual: manual,
    });
  });
}

/** A drawn or imported outline: the rows inside join the zone, the rows that left it leave. */
export async function saveZone(db: Kysely<DB>, actorId: string, z: SaveZoneInput): Promise<void> {
  await versioned(db, actorId, 'zones', z.id, async (trx) => {
    await zonesRepo.upsertZone(trx, {
      id: z.id,
      name: z.name,
      geometry: z.geometry ? JSON.stringify(z.geometry) : null,
    });
    await assignZonesByPosition(trx);
  });
}

export async function deleteZone(db: Kysely<DB>, actorId: string, id: string): Promise<void> {
  let found = false;
  await versioned(db, actorId, 'zones', id, async (trx) => {
    found = await zonesRepo.deleteZone(trx, id);
    // Rows it held may lie inside another outline.
    await assignZonesByPosition(trx);
  });
  if (!found) throw new DomainError('NOT_FOUND');
}

/** Overrides (or gives back to its position) the zone of one site, building or fibre point. */
export async function setMembership(db: Kysely<DB>, actorId: string, m: SetMembershipInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (m.zoneId && !(await zonesRepo.zoneExists(trx, m.zoneId)))
      throw new DomainError('UNKNOWN_REFERENCE', `Zone « ${m.zoneId} » introuvable.`);
    const changed = await zonesRepo.setZone(trx, m.table, m.zoneId, [m.id], m.manual);
    if (!changed) throw new DomainError('NOT_FOUND');
    if (!m.manual) await assignZonesByPosition(trx, [{ table: m.table, ids: [m.id] }]);
    await audit(trx, {
      actorId,
      action: 'network.zone_membership',
      targetTable: m.table,
      targetId: m.id,
      details: { zoneId: m.zoneId, manual: m.manual },
    });
  });
}

export async function listAudit(db: Kysely<DB>, f: AuditListInput): Promise<AuditEntry[]> {
  const rows = await repo.listAudit(db, f);
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetTable: r.target_table,
    targetId: r.target_id,
    details: r.details,
  }));
}
