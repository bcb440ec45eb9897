// Abuse control: rate-limit windows and failed logins, shared by every process on the database.
import type { Timestamp } from './columns.ts';

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface LoginFailuresTable {
  email: string;
  ip: string;
  failures: number;
  last_failed_at: Timestamp;
}
