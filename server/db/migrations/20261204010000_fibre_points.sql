-- Fibre points technicians work at: PM (street cabinet or shelter, with its capacity in lines) and PBO
-- (drop box on a pole or façade, fed by one PM). A point belongs to the working zone that contains it
-- (computed from its position by the server) unless an admin chose the zone by hand (zone_manual).
-- An IPE file names a PM (ReferencePM) but not where it stands: such a PM has no position until placed.
CREATE TABLE fibre_points (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('pm', 'pbo')),
  name text,
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  capacity integer CHECK (capacity > 0),
  pm_id text REFERENCES fibre_points (id) ON DELETE SET NULL,
  pm_state text,
  location_type text,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  zone_manual boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((lat IS NULL) = (lon IS NULL)),
  CHECK (kind = 'pm' OR capacity IS NULL),
  CHECK (kind = 'pbo' OR pm_id IS NULL)
);
CREATE INDEX fibre_points_zone_idx ON fibre_points (zone_id);
CREATE INDEX fibre_points_pm_idx ON fibre_points (pm_id);
