-- Sync bookkeeping. See docs/sync.md for the protocol and why the change log carries a transaction id.
CREATE TABLE sync_clients (
  client_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  last_mutation_id bigint NOT NULL DEFAULT 0,
  schema_version integer,
  app_version text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- Every committed change to a synced table. txid orders pulls: a reader only returns rows whose
-- transaction is older than the oldest transaction still running, so a late commit is never skipped.
CREATE TABLE change_log (
  id bigserial PRIMARY KEY,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  table_name text NOT NULL,
  row_id text NOT NULL,
  op text NOT NULL CHECK (op IN ('put', 'del')),
  zone_id text,
  owner_id uuid,
  row_data jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_txid_idx ON change_log (txid, id);

-- Mutations refused for a business rule: kept for coordinators and shown to the technician.
CREATE TABLE sync_rejections (
  id bigserial PRIMARY KEY,
  client_id uuid NOT NULL,
  mutation_id bigint NOT NULL,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  args jsonb NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (client_id, mutation_id)
);

-- The losing value of two offline edits of one field, kept for coordinators (never silently overwritten).
CREATE TABLE conflicts (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  row_id text NOT NULL,
  field text NOT NULL,
  kept_value jsonb,
  overwritten_value jsonb,
  winner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  loser_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  winner_client_id uuid,
  loser_client_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX conflicts_row_idx ON conflicts (table_name, row_id);
