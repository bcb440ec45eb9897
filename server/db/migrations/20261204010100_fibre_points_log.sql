-- Fibre points reach technicians' devices like relays do: through the change log, by zone.
CREATE TRIGGER fibre_points_log_ins_del AFTER INSERT OR DELETE ON fibre_points
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER fibre_points_log_upd AFTER UPDATE ON fibre_points
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
