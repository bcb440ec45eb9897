-- Double opt-in for "keep me informed": a registration whose confirmation e-mail was sent counts once
-- its link is opened (confirm_token_hash set, confirmed_at null = waiting). Rows without a token never
-- needed one (no e-mail, or no SMTP configured). eligible_notified_at: the one "you can now be
-- connected" e-mail went out; unsubscribed_at: the member asked for no more e-mails.
ALTER TABLE interest_registrations
  ADD COLUMN confirm_token_hash text,
  ADD COLUMN confirmed_at timestamptz,
  ADD COLUMN unsubscribe_token_hash text,
  ADD COLUMN unsubscribed_at timestamptz,
  ADD COLUMN eligible_notified_at timestamptz;
