-- Who took an installation out of service, and when (installation.remove).
ALTER TABLE installations
  ADD COLUMN removed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN removed_at timestamptz;
