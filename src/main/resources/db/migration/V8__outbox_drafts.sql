-- Mail is rendered when it is delivered, not in the transaction of the change: a new message keeps
-- its template, language and a JSON snapshot of its variables and calendar events, and no subject
-- or body. Rows from before keep their rendered text. The table is rebuilt because H2 and MariaDB
-- share no syntax for dropping NOT NULL from a column.
CREATE TABLE outbox_message_v8 (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(254) NOT NULL,
  template VARCHAR(60),
  language VARCHAR(2),
  variables TEXT,
  calendar_snapshot TEXT,
  subject VARCHAR(200),
  text_body TEXT,
  html_body TEXT,
  calendar TEXT,
  calendar_method VARCHAR(10),
  region_id BIGINT,
  created_at DATETIME NOT NULL,
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME NOT NULL,
  sent_at DATETIME,
  last_error VARCHAR(250)
);

INSERT INTO outbox_message_v8 (id, recipient, subject, text_body, html_body, calendar, calendar_method, region_id, created_at,
                               status, attempts, next_attempt_at, sent_at, last_error)
SELECT id, recipient, subject, text_body, html_body, calendar, calendar_method, region_id, created_at,
       status, attempts, next_attempt_at, sent_at, last_error
FROM outbox_message;

DROP TABLE outbox_message;
ALTER TABLE outbox_message_v8 RENAME TO outbox_message;
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
