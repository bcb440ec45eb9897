-- Prospects' data is erased once retention_until passes (GDPR: 3 years from last contact); the purge
-- and the coordinators' lists read by these columns.
CREATE INDEX interest_retention_idx ON interest_registrations (retention_until);
CREATE INDEX interest_created_idx ON interest_registrations (created_at DESC, id DESC);
CREATE INDEX subscription_retention_idx ON subscription_requests (retention_until);
CREATE INDEX subscription_created_idx ON subscription_requests (created_at DESC, id DESC);
