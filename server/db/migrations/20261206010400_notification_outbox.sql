-- The transactional outbox of outgoing messages: written in the same transaction as the event it tells,
-- sent by the dispatcher afterwards, retried with backoff. event_key makes an event reach a recipient
-- once: (channel, event) for alert channels, (address, event) for e-mails to members.
CREATE TABLE notification_outbox (
  id uuid PRIMARY KEY,
  channel_id uuid REFERENCES alert_channels (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('telegram', 'matrix', 'webhook', 'email')),
  target text NOT NULL,
  event_key text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  payload jsonb,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  sent_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (target, kind, event_key)
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE sent_at IS NULL;
