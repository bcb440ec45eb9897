-- A push advancing a device's last_mutation_id is logged like a data change, in the same transaction, so
-- a pull reports lastMutationId only once the data of those mutations is below its horizon too: a
-- device never drops a confirmed entry from its outbox before it can see the entry's effect.
CREATE FUNCTION terrain_log_client_ack() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('terrain.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO change_log (table_name, row_id, op, owner_id, row_data)
  VALUES ('sync_clients', NEW.client_id::text, 'put', NEW.user_id,
          jsonb_build_object('lastMutationId', NEW.last_mutation_id));
  RETURN NULL;
END
$$;

CREATE TRIGGER sync_clients_log_ack AFTER UPDATE OF last_mutation_id ON sync_clients
  FOR EACH ROW WHEN (OLD.last_mutation_id IS DISTINCT FROM NEW.last_mutation_id)
  EXECUTE FUNCTION terrain_log_client_ack();
