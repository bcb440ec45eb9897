// Reference network data: relays, sectors, fibre buildings, zones and points, addresses.
import type { Generated } from 'kysely';
import type { CreatedAt, UpdatedAt, Json, Optional } from './columns.ts';

export type SiteStatus = 'active' | 'planned' | 'decommissioned';

export interface SitesTable {
  id: string;
  zone_id: string | null;
  name: string;
  lat: number;
  lon: number;
  support: string | null;
  host: string | null;
  access_notes: string | null;
  ground_altitude_m: number | null;
  mast_height_m: number | null;
  backhaul: string | null;
  power: string | null;
  notes: string | null;
  zone_manual: Generated<boolean>;
  status: Generated<SiteStatus>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SectorsTable {
  id: string;
  site_id: string;
  name: string | null;
  azimuth_deg: number;
  beamwidth_deg: number;
  range_m: number;
  full: boolean;
  frequency_mhz: number | null;
  channel_width_mhz: number | null;
  tilt_deg: number | null;
  gain_dbi: number | null;
  ssid: string | null;
  stations: number | null;
  device_model: string | null;
  planned: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type BuildingState = 'deployed' | 'signed' | 'in_progress' | 'targeted' | 'abandoned';

export interface BuildingsTable {
  id: string;
  zone_id: string | null;
  state: BuildingState;
  network: 'own' | 'wholesale';
  operator: string | null;
  building_type: string | null;
  lat: number;
  lon: number;
  address: string | null;
  address_code: string | null;
  postcode: string | null;
  insee_code: string | null;
  city: string | null;
  pm_ref: string | null;
  pm_state: string | null;
  pm_id: Optional<string>;
  access: string | null;
  source: string;
  zone_manual: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface FibreZonesTable {
  id: string;
  name: string;
  status: 'available' | 'planned';
  geometry: Json;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface FibreNodesTable {
  id: string;
  zone_id: string | null;
  kind: 'pm' | 'pbo' | 'pto';
  reference: string;
  building_id: string | null;
  lat: number | null;
  lon: number | null;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** PM (street cabinet, with its capacity) and PBO (drop box, fed by pm_id). A PM may have no position yet. */
export interface FibrePointsTable {
  id: string;
  kind: 'pm' | 'pbo';
  name: string | null;
  lat: number | null;
  lon: number | null;
  capacity: number | null;
  pm_id: string | null;
  pm_state: string | null;
  location_type: string | null;
  zone_id: string | null;
  zone_manual: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AddressesTable {
  id: string;
  number: number;
  rep: string | null;
  street: string;
  postcode: string;
  insee: string;
  city: string;
  lat: number;
  lon: number;
  label: string;
  search_key: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TerrainModelsTable {
  id: 'active';
  sha256: string;
  ncols: number;
  nrows: number;
  grid: string;
  imported_at: CreatedAt;
}
