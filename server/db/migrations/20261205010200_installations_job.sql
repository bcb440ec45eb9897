-- The job an installation was recorded from. No foreign key: an erased request takes its job with it,
-- and the installation (equipment on the network) must stay.
ALTER TABLE installations ADD COLUMN job_id uuid;
