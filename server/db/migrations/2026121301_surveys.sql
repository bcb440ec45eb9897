-- Surveys (contract §4.3): what a technician saw and measured at a prospect's home or any point. A
-- survey of a request or registration is that person's data too: erasing them (GDPR) erases it.
CREATE TABLE surveys (
  id uuid PRIMARY KEY,
  technician_id uuid NOT NULL REFERENCES users (id),
  target_kind text NOT NULL CHECK (target_kind IN ('subscription', 'interest', 'job', 'point')),
  subscription_id uuid REFERENCES subscription_requests (id) ON DELETE CASCADE,
  interest_id uuid REFERENCES interest_registrations (id) ON DELETE CASCADE,
  job_id uuid REFERENCES installation_jobs (id) ON DELETE SET NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  sector_id text,
  signal_dbm double precision,
  snr_db double precision,
  capacity_mbps double precision,
  mount_point text,
  mount_height_m double precision,
  photos jsonb NOT NULL DEFAULT '[]',
  verdict text NOT NULL CHECK (verdict IN ('clear', 'partial', 'blocked')),
  recommendation text,
  surveyed_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_subscription_idx ON surveys (subscription_id, surveyed_at DESC);
CREATE INDEX surveys_interest_idx ON surveys (interest_id, surveyed_at DESC);
