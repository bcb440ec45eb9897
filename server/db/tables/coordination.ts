// Coordination: installation jobs planned from subscription requests, and intervention versions.
import type { Generated } from 'kysely';
import type { Timestamp, CreatedAt, UpdatedAt, Json } from './columns.ts';

export interface InstallationJobsTable {
  id: string;
  subscription_id: string | null;
  technician_id: string;
  scheduled_for: Timestamp;
  technology: 'fibre' | 'radio';
  name: string;
  phone: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  building_id: string | null;
  sector_id: string | null;
  notes: string | null;
  status: Generated<'open' | 'done' | 'cancelled'>;
  installation_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface InterventionVersionsTable {
  intervention_id: string;
  version: number;
  data: Json;
  updated_by: string | null;
  created_at: CreatedAt;
}
