-- Records technicians create offline. Ids are client-made UUIDs so that a replay is harmless.
CREATE TABLE interventions (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('maintenance', 'repair', 'installation', 'survey', 'alignment', 'power', 'fibre_splice', 'fibre_cut', 'other')),
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'changes_requested')),
  summary text NOT NULL,
  notes text,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  site_id text REFERENCES sites (id) ON DELETE SET NULL,
  sector_id text REFERENCES sectors (id) ON DELETE SET NULL,
  building_id text REFERENCES buildings (id) ON DELETE SET NULL,
  fibre_node_id text REFERENCES fibre_nodes (id) ON DELETE SET NULL,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  lat double precision,
  lon double precision,
  measurements jsonb,
  photos jsonb NOT NULL DEFAULT '[]',
  technician_id uuid NOT NULL REFERENCES users (id),
  review_comment text,
  reviewed_by uuid REFERENCES users (id),
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interventions_started_idx ON interventions (started_at DESC, id);
CREATE INDEX interventions_site_idx ON interventions (site_id);
CREATE INDEX interventions_technician_idx ON interventions (technician_id);
CREATE INDEX interventions_status_idx ON interventions (status);

CREATE TABLE installations (
  id uuid PRIMARY KEY,
  technology text NOT NULL CHECK (technology IN ('fibre', 'radio')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
  ont_serial text,
  cpe_mac text,
  building_id text REFERENCES buildings (id) ON DELETE SET NULL,
  sector_id text REFERENCES sectors (id) ON DELETE SET NULL,
  zone_id text REFERENCES zones (id) ON DELETE SET NULL,
  lat double precision,
  lon double precision,
  rx_power_dbm double precision,
  installed_at timestamptz NOT NULL,
  technician_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- An ONT serial is unique among active installations (CONTRACT §3, ONT_SERIAL_TAKEN).
CREATE UNIQUE INDEX installations_active_ont_key ON installations (ont_serial) WHERE status = 'active' AND ont_serial IS NOT NULL;
