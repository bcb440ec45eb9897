-- One-time links to set a password (a new account, or a reset), valid 24 h. Only a SHA-256 of the token
-- is stored, like sessions: a leaked table opens nothing.
CREATE TABLE password_links (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_links_user_idx ON password_links (user_id);
