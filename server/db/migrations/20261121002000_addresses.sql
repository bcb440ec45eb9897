-- Local address index loaded from the BAN per-département CSV: address search when the online
-- geocoder is unreachable (offline installs, outages, its per-IP rate limit).
-- search_key is "street postcode city" normalised (no accents, lower case, single spaces), the
-- order of a BAN label without its number, so a query typed in that order is a left-anchored LIKE.
CREATE TABLE addresses (
  id text PRIMARY KEY,
  number integer NOT NULL,
  rep text,
  street text NOT NULL,
  postcode text NOT NULL,
  insee text NOT NULL,
  city text NOT NULL,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  label text NOT NULL,
  search_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- text_pattern_ops: usable by `search_key LIKE 'rue de la mai%'` whatever the database collation.
CREATE INDEX addresses_search_key_idx ON addresses (search_key text_pattern_ops);
-- Word-order-free searches scan, narrowed to one postcode when the query names it.
CREATE INDEX addresses_postcode_idx ON addresses (postcode);
