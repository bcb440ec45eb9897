-- Where alerts go: a Telegram chat, a Matrix room, an e-mail address or a signed webhook URL. An empty
-- zone_ids list means every zone; events lists the event kinds the channel subscribes to.
CREATE TABLE alert_channels (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('telegram', 'matrix', 'webhook', 'email')),
  target text NOT NULL,
  name text NOT NULL,
  zone_ids text[] NOT NULL DEFAULT '{}',
  events text[] NOT NULL,
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  secret text,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
