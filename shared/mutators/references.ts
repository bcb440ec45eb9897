// Links from a field record to the network (relay, sector, building, fibre point) and the zone they put
// the record in: the zone decides which devices receive it (partial sync, docs/sync.md).
import type { MutationTx } from './types.ts';
import { reject } from './reject.ts';

export interface References {
  siteId?: string | null;
  sectorId?: string | null;
  buildingId?: string | null;
  fibreNodeId?: string | null;
}

export interface ResolvedReferences {
  siteId: string | null;
  sectorId: string | null;
  buildingId: string | null;
  fibreNodeId: string | null;
  zoneId: string | null;
}

/**
 * Checks the links exist (on the server: the device may not hold other zones' rows) and derives the
 * zone: the relay's, else the building's, else the fibre point's. A sector implies its relay.
 */
export async function resolveReferences(tx: MutationTx, refs: References): Promise<ResolvedReferences> {
  const strict = tx.location === 'server';
  const missing = (what: string, id: string) => reject('UNKNOWN_REFERENCE', `${what} « ${id} » introuvable.`);
  let siteId = refs.siteId ?? null;
  const sectorId = refs.sectorId ?? null;
  if (sectorId) {
    const sector = await tx.get('sectors', sectorId);
    if (!sector && strict) throw missing('Secteur', sectorId);
    if (sector && siteId && sector.siteId !== siteId) {
      throw reject(
        'UNKNOWN_REFERENCE',
        `Le secteur « ${sectorId} » n’appartient pas au relais « ${siteId} ».`,
      );
    }
    siteId ??= sector?.siteId ?? null;
  }
  const site = siteId ? await tx.get('sites', siteId) : undefined;
  if (siteId && !site && strict) throw missing('Relais', siteId);
  const buildingId = refs.buildingId ?? null;
  const building = buildingId ? await tx.get('buildings', buildingId) : undefined;
  if (buildingId && !building && strict) throw missing('Bâtiment', buildingId);
  const fibreNodeId = refs.fibreNodeId ?? null;
  // fibreNodeId names a fibre point (PM or PBO): the wire name predates the fibre_points table.
  const node = fibreNodeId ? await tx.get('fibre_points', fibreNodeId) : undefined;
  if (fibreNodeId && !node && strict) throw missing('Point fibre', fibreNodeId);
  const zoneId = site?.zoneId ?? building?.zoneId ?? node?.zoneId ?? null;
  return { siteId, sectorId, buildingId, fibreNodeId, zoneId };
}
