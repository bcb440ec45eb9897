// Prospective members: interest and subscription requests (personal data).
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt } from './columns.ts';

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
  confirm_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  unsubscribe_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
  unsubscribed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  eligible_notified_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
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
  /** What the latest survey said (null: not surveyed). */
  survey_outcome: ColumnType<
    'feasible' | 'not_feasible' | null,
    'feasible' | 'not_feasible' | null | undefined
  >;
  consent_at: Timestamp;
  retention_until: Timestamp;
  created_at: CreatedAt;
}
