-- Partial uploads received before chunk rows existed continue as one first chunk.
INSERT INTO attachment_chunks (sha256, start_byte, content)
  SELECT sha256, 0, content FROM attachments
  WHERE NOT complete AND content IS NOT NULL AND length(content) > 0;
UPDATE attachments SET content = NULL WHERE NOT complete;
