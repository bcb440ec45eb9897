// Accounts, sessions, zones and the audit trail.
import type { Generated } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt, Json, NullableJson } from './columns.ts';

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
  /** GeoJSON Polygon or MultiPolygon; null: members are assigned by hand. */
  geometry: NullableJson;
  created_at: CreatedAt;
}

export interface UserZonesTable {
  user_id: string;
  zone_id: string;
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

/** One-time set-password links (hash of the token only). */
export interface PasswordLinksTable {
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
