-- Fibre: buildings (the unit of eligibility), zone polygons, and the network points technicians work on.
CREATE TABLE buildings (
  id text PRIMARY KEY,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  state text NOT NULL CHECK (state IN ('deployed', 'signed', 'in_progress', 'targeted', 'abandoned')),
  network text NOT NULL DEFAULT 'own' CHECK (network IN ('own', 'wholesale')),
  operator text,
  building_type text,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  address text,
  address_code text,
  postcode text,
  insee_code text,
  city text,
  pm_ref text,
  pm_state text,
  access text,
  source text NOT NULL DEFAULT 'manual',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX buildings_zone_idx ON buildings (zone_id);
CREATE INDEX buildings_lat_lon_idx ON buildings (lat, lon);

CREATE TABLE fibre_zones (
  id text PRIMARY KEY,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('available', 'planned')),
  geometry jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- PM (street cabinet), PBO (drop box), PTO (outlet in the home).
CREATE TABLE fibre_nodes (
  id text PRIMARY KEY,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('pm', 'pbo', 'pto')),
  reference text NOT NULL,
  building_id text REFERENCES buildings (id) ON DELETE SET NULL,
  lat double precision,
  lon double precision,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fibre_nodes_zone_idx ON fibre_nodes (zone_id);
