-- A subscription request's state follows its latest survey: feasible or not (contract §4.3).
ALTER TABLE subscription_requests
  ADD COLUMN survey_outcome text CHECK (survey_outcome IN ('feasible', 'not_feasible'));
