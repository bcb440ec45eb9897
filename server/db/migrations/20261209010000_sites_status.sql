-- A relay's life: planned (not built yet), active, decommissioned. Only active relays serve
-- eligibility; the others stay on the map and in technicians' hands.
ALTER TABLE sites ADD COLUMN status text NOT NULL DEFAULT 'active'
  CHECK (status IN ('active', 'planned', 'decommissioned'));
