-- Each complete pull lists the pulling user's open lost edits (services/sync/pull.ts): an index on the
-- loser, for open conflicts only, keeps that one query cheap however many settled conflicts pile up.
CREATE INDEX conflicts_open_loser_idx ON conflicts (loser_user_id, id) WHERE resolved_at IS NULL;
