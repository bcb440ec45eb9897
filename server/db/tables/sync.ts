// Sync bookkeeping: devices, the change log, rejections, conflicts.
import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt, Json } from './columns.ts';

export interface SyncClientsTable {
  client_id: string;
  user_id: string;
  last_mutation_id: Generated<number>;
  schema_version: number | null;
  app_version: string | null;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
}

/** The zones a device's pull stream was last filtered for (migration 20261208010000). */
export interface SyncPullScopesTable {
  client_id: string;
  user_id: string;
  epoch: string;
  scope: string;
  /** A JSON array of zone ids. */
  zone_ids: Json;
  updated_at: UpdatedAt;
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
