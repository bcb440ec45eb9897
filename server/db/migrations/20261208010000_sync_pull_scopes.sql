-- The zones a technician's device was last served, per device: when an admin changes that person's
-- zones, the next pull sends only the difference (rows of new zones in, rows of dropped zones out)
-- instead of starting the device over. The epoch pins it to one history of the change log (a restore
-- renews the epoch, and then every device starts over as before).
CREATE TABLE sync_pull_scopes (
  client_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  epoch text NOT NULL,
  scope text NOT NULL,
  zone_ids jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
