-- Duplicate detection of interest registrations looks rows up by normalised contact.
CREATE INDEX interest_email_idx ON interest_registrations (email) WHERE email IS NOT NULL;
CREATE INDEX interest_phone_idx ON interest_registrations (phone) WHERE phone IS NOT NULL;
