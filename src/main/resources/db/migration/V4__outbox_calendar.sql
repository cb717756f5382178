-- Mail can carry an iCalendar object (invite, update, cancellation) and its METHOD.
ALTER TABLE outbox_message ADD COLUMN calendar TEXT;
ALTER TABLE outbox_message ADD COLUMN calendar_method VARCHAR(10);

-- Secret calendar subscription addresses (only their hashes).
CREATE TABLE calendar_feed (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(10) NOT NULL,
  subject_id BIGINT NOT NULL,
  hash CHAR(64) NOT NULL,
  rotated_at DATETIME NOT NULL,
  CONSTRAINT uq_calendar_feed_hash UNIQUE (hash),
  CONSTRAINT uq_calendar_feed_subject UNIQUE (kind, subject_id)
);
