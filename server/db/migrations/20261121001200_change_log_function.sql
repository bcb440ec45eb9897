-- The change-log writer used by the triggers of every synced table (attached in the next migration).
-- It runs inside the writing transaction: a change and its log entry commit, or vanish, together, and the
-- entry's txid (column default) is that transaction's id. docs/sync.md explains how pulls use it.

-- The zone that decides which technicians' devices receive a row (null: every device).
CREATE FUNCTION terrain_change_zone(tbl text, r jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE tbl
    WHEN 'zones' THEN r ->> 'id'
    -- A sector has no zone of its own: it is in its relay's.
    WHEN 'sectors' THEN (SELECT s.zone_id FROM sites s WHERE s.id = r ->> 'site_id')
    ELSE r ->> 'zone_id'
  END
$$;

CREATE FUNCTION terrain_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  new_row jsonb;
  old_row jsonb;
  new_zone text;
  old_zone text;
  new_owner uuid;
  old_owner uuid;
BEGIN
  -- A restore (server/admin/backup.ts) copies change_log itself: logging its inserts again would double it.
  IF current_setting('terrain.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    -- Columns no device needs (other people's device ids) never leave the server.
    new_row := to_jsonb(NEW) - 'updated_by_client';
    new_zone := terrain_change_zone(TG_TABLE_NAME, new_row);
    new_owner := (new_row ->> 'technician_id')::uuid;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    old_row := to_jsonb(OLD);
    old_zone := terrain_change_zone(TG_TABLE_NAME, old_row);
    old_owner := (old_row ->> 'technician_id')::uuid;
  END IF;
  -- A row leaving a zone is deleted from the devices that hold it through that zone; devices that
  -- still see it get the put that follows (same transaction, higher id).
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE'
      AND (old_zone IS DISTINCT FROM new_zone OR old_owner IS DISTINCT FROM new_owner)) THEN
    INSERT INTO change_log (table_name, row_id, op, zone_id, owner_id)
    VALUES (TG_TABLE_NAME, old_row ->> 'id', 'del', old_zone, old_owner);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO change_log (table_name, row_id, op, zone_id, owner_id, row_data)
    VALUES (TG_TABLE_NAME, new_row ->> 'id', 'put', new_zone, new_owner, new_row);
  END IF;
  -- Sectors move with their relay: a relay changing zone moves its sectors on the devices too.
  IF TG_TABLE_NAME = 'sites' AND TG_OP = 'UPDATE' AND old_zone IS DISTINCT FROM new_zone THEN
    INSERT INTO change_log (table_name, row_id, op, zone_id)
    SELECT 'sectors', s.id, 'del', old_zone FROM sectors s WHERE s.site_id = NEW.id ORDER BY s.id;
    INSERT INTO change_log (table_name, row_id, op, zone_id, row_data)
    SELECT 'sectors', s.id, 'put', new_zone, to_jsonb(s) FROM sectors s WHERE s.site_id = NEW.id ORDER BY s.id;
  END IF;
  RETURN NULL;
END
$$;
