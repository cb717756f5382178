-- The last schedule mailed per school or company and edition, to re-send only what changed.
CREATE TABLE schedule_sent (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  edition_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  subject_id BIGINT NOT NULL,
  fingerprint CHAR(64) NOT NULL,
  message_id BIGINT NOT NULL,
  sent_at DATETIME NOT NULL,
  CONSTRAINT uq_schedule_sent UNIQUE (edition_id, kind, subject_id),
  CONSTRAINT fk_schedule_sent_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
);
