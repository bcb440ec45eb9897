-- A zone groups network elements; a technician's device syncs the reference data of its zones only.
CREATE TABLE zones (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE user_zones (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  zone_id text NOT NULL REFERENCES zones (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, zone_id)
);
