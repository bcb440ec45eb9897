-- Photo chunks, one row each, assembled once when the upload completes (appending to one bytea copied
-- everything received so far at every chunk).
CREATE TABLE attachment_chunks (
  sha256 text NOT NULL REFERENCES attachments (sha256) ON DELETE CASCADE,
  start_byte integer NOT NULL CHECK (start_byte >= 0),
  content bytea NOT NULL,
  PRIMARY KEY (sha256, start_byte)
);
