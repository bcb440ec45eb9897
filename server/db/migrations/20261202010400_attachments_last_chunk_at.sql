-- When the last chunk of a partial upload arrived: partials left untouched for days expire.
ALTER TABLE attachments ADD COLUMN last_chunk_at timestamptz NOT NULL DEFAULT now();
