-- The digital terrain model used for radio line-of-sight checks (ESRI ASCII grid in WGS84 degrees).
-- One active model: importing another replaces it.
CREATE TABLE terrain_models (
  id text PRIMARY KEY CHECK (id = 'active'),
  sha256 text NOT NULL,
  ncols integer NOT NULL,
  nrows integer NOT NULL,
  grid text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
