-- A restore (server/admin/backup.ts) replaces the change log wholesale. Two things follow:
-- * devices' cursors point into a history that no longer exists: every device must start over;
-- * the restored entries carry transaction ids of the cluster they came from, possibly above this
--   cluster's, where the no-skip horizon would hide them: they are read first, in id order.
-- The epoch records both. It lives outside the public schema, so backups neither copy nor restore it.
CREATE SCHEMA terrain_sync;
CREATE TABLE terrain_sync.epoch (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  -- Part of every cursor: a new token voids them all.
  token text NOT NULL,
  -- Change-log ids up to this one were restored (null: none).
  restored_max_id bigint
);
INSERT INTO terrain_sync.epoch (token) VALUES (gen_random_uuid()::text);

CREATE FUNCTION terrain_sync_new_epoch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE terrain_sync.epoch SET
    token = gen_random_uuid()::text,
    restored_max_id = CASE WHEN TG_OP = 'INSERT' THEN (SELECT max(id) FROM change_log) END;
  RETURN NULL;
END
$$;

CREATE TRIGGER change_log_truncated AFTER TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION terrain_sync_new_epoch();
CREATE TRIGGER change_log_restored AFTER INSERT ON change_log
  FOR EACH STATEMENT WHEN (current_setting('terrain.restoring', true) = 'on')
  EXECUTE FUNCTION terrain_sync_new_epoch();
