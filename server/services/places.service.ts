// The building and fibre-point pages: what the place is and what it is tied to on the network.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { reject } from '../../shared/mutators/reject.ts';
import type { BuildingPage, FibrePointPage } from '../../shared/schemas/places.ts';
import * as places from '../repositories/places.repository.ts';

const ref = (id: string | null, name: string | null) => (id ? { id, name } : null);

export async function buildingPage(db: Kysely<DB>, id: string): Promise<BuildingPage> {
  const b = await places.findBuilding(db, id);
  if (!b) throw reject('NOT_FOUND', 'Bâtiment introuvable.');
  return {
    id: b.id,
    address: b.address,
    city: b.city,
    postcode: b.postcode,
    state: b.state,
    network: b.network,
    operator: b.operator,
    buildingType: b.building_type,
    position: { lat: b.lat, lon: b.lon },
    zone: ref(b.zone_id, b.zone_name),
    pm: ref(b.pm_id ?? null, b.pm_name),
    pmRef: b.pm_ref,
  };
}

export async function fibrePointPage(db: Kysely<DB>, id: string): Promise<FibrePointPage> {
  const f = await places.findFibrePointWithNames(db, id);
  if (!f) throw reject('NOT_FOUND', 'Point fibre introuvable.');
  const isPm = f.kind === 'pm';
  const [pbos, served] = isPm
    ? await Promise.all([places.listPbosOf(db, f.id), places.buildingsServedBy(db, f.id, 50)])
    : [[], { count: 0, first: [] }];
  return {
    id: f.id,
    kind: f.kind,
    name: f.name,
    position: f.lat !== null && f.lon !== null ? { lat: f.lat, lon: f.lon } : null,
    capacity: f.capacity,
    pmState: f.pm_state,
    locationType: f.location_type,
    zone: ref(f.zone_id, f.zone_name),
    pm: ref(f.pm_id, f.pm_name),
    pbos,
    buildingCount: served.count,
    buildings: served.first,
  };
}
