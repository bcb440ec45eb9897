-- Failed logins per account and address: each pair waits longer after each failure, so guessing from
-- one address slows down while the owner, from their own address, is never locked out.
CREATE TABLE login_failures (
  email text NOT NULL,
  ip text NOT NULL,
  failures integer NOT NULL,
  last_failed_at timestamptz NOT NULL,
  PRIMARY KEY (email, ip)
);
