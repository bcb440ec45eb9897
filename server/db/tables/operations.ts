// Operations: incidents, monitoring hook tokens, alert channels and the outbox of outgoing messages.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt, Json } from './columns.ts';

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface IncidentsTable {
  id: string;
  status: Generated<'open' | 'resolved'>;
  severity: Generated<'minor' | 'major' | 'critical'>;
  title_fr: string;
  title_en: string | null;
  public_text_fr: string | null;
  public_text_en: string | null;
  internal_notes: string | null;
  site_ids: TextArray;
  sector_ids: TextArray;
  fibre_point_ids: TextArray;
  target_zone_ids: TextArray;
  relay_ids: TextArray;
  zone_ids: TextArray;
  building_ids: TextArray;
  members_affected: Generated<number>;
  source: 'console' | 'technician' | 'alertmanager' | 'uptime_kuma';
  intervention_id: string | null;
  opened_by: string | null;
  started_at: Timestamp;
  resolved_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface IncidentUpdatesTable {
  id: string;
  incident_id: string;
  kind: 'opened' | 'updated' | 'resolved' | 'reopened' | 'note';
  public_text_fr: string | null;
  public_text_en: string | null;
  note: string | null;
  author_id: string | null;
  source: 'console' | 'technician' | 'alertmanager' | 'uptime_kuma';
  at: CreatedAt;
}

export interface IncidentAlertsTable {
  incident_id: string;
  fingerprint: string;
  firing: boolean;
  last_seen_at: UpdatedAt;
}

export interface HookTokensTable {
  id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
}

export interface AlertChannelsTable {
  id: string;
  kind: 'telegram' | 'matrix' | 'webhook' | 'email';
  target: string;
  name: string;
  zone_ids: TextArray;
  events: TextArray;
  language: Generated<'fr' | 'en'>;
  secret: string | null;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface NotificationOutboxTable {
  id: string;
  channel_id: string | null;
  kind: 'telegram' | 'matrix' | 'webhook' | 'email';
  target: string;
  event_key: string;
  subject: string;
  body: string;
  payload: Json | null;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  locked_until: Timestamp | null;
  sent_at: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
}
