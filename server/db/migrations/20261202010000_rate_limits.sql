-- Rate-limit windows shared by every server process on the database (fixed one-minute windows per key).
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL
);
