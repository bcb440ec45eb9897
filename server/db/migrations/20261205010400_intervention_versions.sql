-- Every version of an intervention as it was written, so a coordinator sees what a resubmission changed
-- since the version they reviewed (filled by the trigger of the next migration).
CREATE TABLE intervention_versions (
  intervention_id uuid NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  version integer NOT NULL,
  data jsonb NOT NULL,
  updated_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (intervention_id, version)
);
