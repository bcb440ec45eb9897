-- ONTs replaced at this installation, oldest first: [{ "serial", "replacedAt", "by" }].
ALTER TABLE installations ADD COLUMN ont_history jsonb NOT NULL DEFAULT '[]';
