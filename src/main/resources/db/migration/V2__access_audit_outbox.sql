-- Organiser accounts, sign-in links and sessions, the audit log, the mail outbox, idempotent requests.

CREATE TABLE organiser (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  name VARCHAR(120) NOT NULL,
  role VARCHAR(10) NOT NULL,
  region_id BIGINT,
  password_hash VARCHAR(500) NOT NULL,
  active BOOLEAN NOT NULL,
  CONSTRAINT uq_organiser_email UNIQUE (email),
  CONSTRAINT fk_organiser_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE sign_in_token (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  hash CHAR(64) NOT NULL,
  purpose VARCHAR(10) NOT NULL,
  role VARCHAR(10) NOT NULL,
  subject_id BIGINT NOT NULL,
  expires_at DATETIME NOT NULL,
  used_at DATETIME,
  CONSTRAINT uq_sign_in_token_hash UNIQUE (hash)
);

CREATE TABLE audit_entry (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  edition_id BIGINT NOT NULL,
  happened_at DATETIME NOT NULL,
  actor VARCHAR(60) NOT NULL,
  action VARCHAR(60) NOT NULL,
  subject VARCHAR(120) NOT NULL,
  details VARCHAR(1000),
  CONSTRAINT fk_audit_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
);
CREATE INDEX ix_audit_edition ON audit_entry (edition_id, id);

CREATE TABLE outbox_message (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT,
  region_id BIGINT,
  created_at DATETIME NOT NULL,
  status VARCHAR(10) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME NOT NULL,
  sent_at DATETIME,
  last_error VARCHAR(250)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);

CREATE TABLE idempotent_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  caller VARCHAR(60) NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  request VARCHAR(300) NOT NULL,
  created_at DATETIME NOT NULL,
  status INT NOT NULL,
  location VARCHAR(500),
  body TEXT,
  CONSTRAINT uq_idempotent_request UNIQUE (caller, idempotency_key)
);
