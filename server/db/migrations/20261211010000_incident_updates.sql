-- The timeline of an incident, one row per step: opened, updated, resolved, reopened, or a note added
-- by a technician's report. public_text_* is what the public was told at that step (null when the step
-- changed no public word); note is internal. Coordinators read it in the console; nothing else does.
CREATE TABLE incident_updates (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('opened', 'updated', 'resolved', 'reopened', 'note')),
  public_text_fr text,
  public_text_en text,
  note text,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  source text NOT NULL CHECK (source IN ('console', 'technician', 'alertmanager', 'uptime_kuma')),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_updates_incident_idx ON incident_updates (incident_id, at);
