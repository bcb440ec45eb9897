-- The monitoring alerts attached to an incident, by fingerprint (Alertmanager) or monitor (Uptime Kuma):
-- a repeated firing of the same alert updates its row instead of opening a second incident, and the
-- incident resolves when none of its alerts is firing any more.
CREATE TABLE incident_alerts (
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  fingerprint text NOT NULL,
  firing boolean NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, fingerprint)
);
