-- Tokens for incoming monitoring webhooks (`create-hook-token`): only the SHA-256 of the token is kept.
CREATE TABLE hook_tokens (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
