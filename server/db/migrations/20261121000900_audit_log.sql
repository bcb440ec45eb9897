-- Who did what: logins, reviews, imports, user changes.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  action text NOT NULL,
  target_table text,
  target_id text,
  details jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
