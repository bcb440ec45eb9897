-- Radio relays (sites) and their point-to-multipoint sectors.
CREATE TABLE sites (
  id text PRIMARY KEY,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  name text NOT NULL,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  support text,
  host text,
  access_notes text,
  ground_altitude_m double precision,
  mast_height_m double precision,
  backhaul text,
  power text,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sites_zone_idx ON sites (zone_id);

CREATE TABLE sectors (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  name text,
  azimuth_deg double precision NOT NULL CHECK (azimuth_deg >= 0 AND azimuth_deg < 360),
  beamwidth_deg double precision NOT NULL CHECK (beamwidth_deg > 0 AND beamwidth_deg <= 360),
  range_m double precision NOT NULL CHECK (range_m > 0),
  "full" boolean NOT NULL DEFAULT false,
  frequency_mhz double precision,
  channel_width_mhz double precision,
  tilt_deg double precision,
  gain_dbi double precision,
  ssid text,
  stations integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sectors_site_idx ON sectors (site_id);
