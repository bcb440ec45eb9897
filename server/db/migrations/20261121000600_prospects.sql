-- Prospective members: interest ("keep me informed", demand map) and subscription requests.
-- Personal data: retained until retention_until (3 years from last contact), never shown on public maps.
CREATE TABLE interest_registrations (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('connect', 'share')),
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  address text,
  name text,
  email text,
  phone text,
  floor integer,
  total_floors integer,
  roof_access boolean,
  orientations text[] NOT NULL DEFAULT '{}',
  comment text,
  public_fields text[] NOT NULL DEFAULT '{}',
  notify boolean NOT NULL DEFAULT true,
  consent_at timestamptz NOT NULL,
  retention_until timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interest_lat_lon_idx ON interest_registrations (lat, lon);

CREATE TABLE subscription_requests (
  id uuid PRIMARY KEY,
  technology text NOT NULL CHECK (technology IN ('fibre', 'radio')),
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  address text,
  building_id text,
  sector_id text,
  name text NOT NULL,
  email text,
  phone text,
  comment text,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'scheduled', 'done', 'cancelled')),
  consent_at timestamptz NOT NULL,
  retention_until timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
