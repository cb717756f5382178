-- An Idempotency-Key belongs to one request: the SHA-256 of its method, path and body. Answers kept
-- before this had no such hash and could be replayed to a different body, sign-in secrets included:
-- they are dropped (a key lives 24 hours anyway).
DELETE FROM idempotent_request;
ALTER TABLE idempotent_request ADD COLUMN request_hash CHAR(64) NOT NULL DEFAULT '';
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
CREATE INDEX ix_sign_in_token_expires ON sign_in_token (expires_at);
