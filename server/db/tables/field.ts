// Records technicians create offline, and their photos.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt, Json } from './columns.ts';

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
  removed_by: ColumnType<string | null, string | null | undefined, string | null>;
  removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
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
  last_chunk_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AttachmentChunksTable {
  sha256: string;
  start_byte: number;
  content: Uint8Array;
}
