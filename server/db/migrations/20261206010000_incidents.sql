-- Network incidents (operations): an outage on sites, sectors, fibre points or zones, opened from the
-- console, by a technician's "outage in progress" intervention, or by monitoring (Alertmanager, Uptime
-- Kuma). site_ids, sector_ids, fibre_point_ids and target_zone_ids are what was reported; the affected
-- area is computed from the network when the incident is opened or its elements change: relay_ids (the
-- reported sites and the sites of reported sectors), zone_ids, building_ids and members_affected, kept
-- so the public status and the eligibility check read them without recomputing.
CREATE TABLE incidents (
  id uuid PRIMARY KEY,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  severity text NOT NULL DEFAULT 'major' CHECK (severity IN ('minor', 'major', 'critical')),
  title_fr text NOT NULL,
  title_en text,
  public_text_fr text,
  public_text_en text,
  internal_notes text,
  site_ids text[] NOT NULL DEFAULT '{}',
  sector_ids text[] NOT NULL DEFAULT '{}',
  fibre_point_ids text[] NOT NULL DEFAULT '{}',
  target_zone_ids text[] NOT NULL DEFAULT '{}',
  relay_ids text[] NOT NULL DEFAULT '{}',
  zone_ids text[] NOT NULL DEFAULT '{}',
  building_ids text[] NOT NULL DEFAULT '{}',
  members_affected integer NOT NULL DEFAULT 0,
  source text NOT NULL CHECK (source IN ('console', 'technician', 'alertmanager', 'uptime_kuma')),
  intervention_id uuid,
  opened_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_started_idx ON incidents (started_at DESC, id DESC);
CREATE INDEX incidents_open_idx ON incidents (status) WHERE status = 'open';
