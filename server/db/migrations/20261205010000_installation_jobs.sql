-- Installation jobs: a subscription request turned into a visit planned for one technician. The job
-- carries what the visit needs (name, phone, address, place), copied from the request, because it
-- travels to that technician's device through the change log (owner = technician_id), and only there.
-- Erasing the request (GDPR) erases its jobs with it.
CREATE TABLE installation_jobs (
  id uuid PRIMARY KEY,
  subscription_id uuid REFERENCES subscription_requests (id) ON DELETE CASCADE,
  technician_id uuid NOT NULL REFERENCES users (id),
  scheduled_for timestamptz NOT NULL,
  technology text NOT NULL CHECK (technology IN ('fibre', 'radio')),
  name text NOT NULL,
  phone text,
  address text,
  lat double precision,
  lon double precision,
  building_id text,
  sector_id text,
  notes text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  installation_id uuid,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX installation_jobs_technician_idx ON installation_jobs (technician_id, scheduled_for);
CREATE INDEX installation_jobs_subscription_idx ON installation_jobs (subscription_id);
