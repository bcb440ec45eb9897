// Row types of the database, as Kysely sees them. Domain types live in shared/; repositories convert.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'technician' | 'coordinator' | 'admin';
  password_hash: string;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: UpdatedAt;
  user_agent: string | null;
}

export interface ZonesTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface UserZonesTable {
  user_id: string;
  zone_id: string;
}

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
  access: string | null;
  source: string;
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

export interface InterventionsTable {
  id: string;
  kind: string;
  status: 'submitted' | 'approved' | 'changes_requested';
  summary: string;
  notes: string | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  site_id: string | null;
  sector_id: string | null;
  building_id: string | null;
  fibre_node_id: string | null;
  zone_id: string | null;
  lat: number | null;
  lon: number | null;
  measurements: Json | null;
  photos: ColumnType<unknown, string | undefined, string>;
  technician_id: string;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  version: Generated<number>;
  /** The last writer (user, device) of the row: a same-field conflict names the overwritten value's author. */
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_by_client: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface InstallationsTable {
  id: string;
  technology: 'fibre' | 'radio';
  status: Generated<'active' | 'removed'>;
  ont_serial: string | null;
  cpe_mac: string | null;
  pto_reference: ColumnType<string | null, string | null | undefined, string | null>;
  building_id: string | null;
  sector_id: string | null;
  zone_id: string | null;
  lat: number | null;
  lon: number | null;
  rx_power_dbm: number | null;
  installed_at: Timestamp;
  technician_id: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface InterestRegistrationsTable {
  id: string;
  kind: 'connect' | 'share';
  lat: number;
  lon: number;
  address: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  floor: number | null;
  total_floors: number | null;
  roof_access: boolean | null;
  orientations: ColumnType<string[], string[] | undefined, string[]>;
  comment: string | null;
  public_fields: ColumnType<string[], string[] | undefined, string[]>;
  notify: Generated<boolean>;
  consent_at: Timestamp;
  retention_until: Timestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SubscriptionRequestsTable {
  id: string;
  technology: 'fibre' | 'radio';
  lat: number;
  lon: number;
  address: string | null;
  building_id: string | null;
  sector_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  comment: string | null;
  status: Generated<'new' | 'contacted' | 'scheduled' | 'done' | 'cancelled'>;
  consent_at: Timestamp;
  retention_until: Timestamp;
  created_at: CreatedAt;
}

export interface AttachmentsTable {
  sha256: string;
  mime_type: string;
  size_bytes: number;
  received_bytes: Generated<number>;
  content: Uint8Array | null;
  complete: Generated<boolean>;
  uploaded_by: string | null;
  created_at: CreatedAt;
  completed_at: Timestamp | null;
}

export interface SyncClientsTable {
  client_id: string;
  user_id: string;
  last_mutation_id: Generated<number>;
  schema_version: number | null;
  app_version: string | null;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
}

export interface ChangeLogTable {
  id: Generated<number>;
  /** xid8, read as text: compare in SQL only. */
  txid: Generated<string>;
  table_name: string;
  row_id: string;
  op: 'put' | 'del';
  zone_id: string | null;
  owner_id: string | null;
  row_data: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: CreatedAt;
}

export interface SyncRejectionsTable {
  id: Generated<number>;
  client_id: string;
  mutation_id: number;
  user_id: string | null;
  name: string;
  args: Json;
  code: string;
  message: string;
  created_at: CreatedAt;
  resolved_at: Timestamp | null;
}

export interface ConflictsTable {
  id: Generated<number>;
  table_name: string;
  row_id: string;
  field: string;
  kept_value: Json | null;
  overwritten_value: Json | null;
  winner_user_id: string | null;
  loser_user_id: string | null;
  winner_client_id: string | null;
  loser_client_id: string | null;
  created_at: CreatedAt;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  target_table: string | null;
  target_id: string | null;
  details: Json | null;
}

/** BAN addresses (CSV import), for the local address search. */
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

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  zones: ZonesTable;
  user_zones: UserZonesTable;
  sites: SitesTable;
  sectors: SectorsTable;
  buildings: BuildingsTable;
  fibre_zones: FibreZonesTable;
  fibre_nodes: FibreNodesTable;
  interventions: InterventionsTable;
  installations: InstallationsTable;
  interest_registrations: InterestRegistrationsTable;
  subscription_requests: SubscriptionRequestsTable;
  attachments: AttachmentsTable;
  sync_clients: SyncClientsTable;
  change_log: ChangeLogTable;
  sync_rejections: SyncRejectionsTable;
  conflicts: ConflictsTable;
  audit_log: AuditLogTable;
  addresses: AddressesTable;
}
