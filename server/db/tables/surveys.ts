// Surveys technicians record at prospects' homes (survey.record).
import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from './columns.ts';

export interface SurveysTable {
  id: string;
  technician_id: string;
  target_kind: 'subscription' | 'interest' | 'job' | 'point';
  subscription_id: string | null;
  interest_id: string | null;
  job_id: string | null;
  lat: number;
  lon: number;
  sector_id: string | null;
  signal_dbm: number | null;
  snr_db: number | null;
  capacity_mbps: number | null;
  mount_point: string | null;
  mount_height_m: number | null;
  /** JSON array of photo SHA-256s (written as JSON text). */
  photos: ColumnType<unknown, string | undefined, string>;
  verdict: 'clear' | 'partial' | 'blocked';
  recommendation: string | null;
  surveyed_at: Timestamp;
  created_at: CreatedAt;
}
