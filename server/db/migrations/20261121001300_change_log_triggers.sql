-- Every synced table logs its changes (terrain_log_change). Updates that change nothing are not logged,
-- so re-importing the same file sends nothing to the devices.
CREATE TRIGGER zones_log_ins_del AFTER INSERT OR DELETE ON zones
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER zones_log_upd AFTER UPDATE ON zones
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER sites_log_ins_del AFTER INSERT OR DELETE ON sites
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER sites_log_upd AFTER UPDATE ON sites
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER sectors_log_ins_del AFTER INSERT OR DELETE ON sectors
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER sectors_log_upd AFTER UPDATE ON sectors
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER buildings_log_ins_del AFTER INSERT OR DELETE ON buildings
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER buildings_log_upd AFTER UPDATE ON buildings
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER fibre_zones_log_ins_del AFTER INSERT OR DELETE ON fibre_zones
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER fibre_zones_log_upd AFTER UPDATE ON fibre_zones
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER fibre_nodes_log_ins_del AFTER INSERT OR DELETE ON fibre_nodes
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER fibre_nodes_log_upd AFTER UPDATE ON fibre_nodes
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER interventions_log_ins_del AFTER INSERT OR DELETE ON interventions
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER interventions_log_upd AFTER UPDATE ON interventions
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER installations_log_ins_del AFTER INSERT OR DELETE ON installations
  FOR EACH ROW EXECUTE FUNCTION terrain_log_change();
CREATE TRIGGER installations_log_upd AFTER UPDATE ON installations
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION terrain_log_change();
