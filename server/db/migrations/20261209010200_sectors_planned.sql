-- A sector drawn ahead of its installation: shown to admins and technicians, never to eligibility.
ALTER TABLE sectors ADD COLUMN planned boolean NOT NULL DEFAULT false;
