-- The optical outlet an installation is connected to (DOMAIN.md: ≤ 50 chars; older formats allowed).
ALTER TABLE installations ADD COLUMN pto_reference text CHECK (char_length(pto_reference) <= 50);
