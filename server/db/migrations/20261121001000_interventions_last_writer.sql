-- Who last wrote an intervention (user and device): a same-field conflict names the value's author.
ALTER TABLE interventions ADD COLUMN updated_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE interventions ADD COLUMN updated_by_client uuid;
