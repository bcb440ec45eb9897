-- true: an admin chose this row's zone by hand, so a new or redrawn zone outline does not move it.
ALTER TABLE sites ADD COLUMN zone_manual boolean NOT NULL DEFAULT false;
ALTER TABLE buildings ADD COLUMN zone_manual boolean NOT NULL DEFAULT false;
