-- Snapshot each new version of an intervention, whatever path wrote it (push, review, import). A
-- restore copies intervention_versions itself, so the trigger stands aside then.
CREATE FUNCTION terrain_keep_intervention_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('terrain.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO intervention_versions (intervention_id, version, data, updated_by)
  VALUES (NEW.id, NEW.version, to_jsonb(NEW) - 'updated_by_client', NEW.updated_by)
  ON CONFLICT (intervention_id, version) DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER interventions_keep_version AFTER INSERT OR UPDATE OF version ON interventions
  FOR EACH ROW EXECUTE FUNCTION terrain_keep_intervention_version();
