-- The PM that serves a building: set by imports when the building's PM reference names a known PM,
-- editable by admins. pm_ref stays the file's word.
ALTER TABLE buildings ADD COLUMN pm_id text REFERENCES fibre_points (id) ON DELETE SET NULL;
CREATE INDEX buildings_pm_idx ON buildings (pm_id);
