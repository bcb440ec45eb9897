-- Jobs reach their technician's device like their own records (terrain_log_change: owner = technician_id,
-- no zone column, so no other technician's device receives them).
CREATE TRIGGER installation_jobs_log_ins_del AFTER INSERT OR DELETE ON installation_jobs
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER installation_jobs_log_upd AFTER UPDATE ON installation_jobs
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
