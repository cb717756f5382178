-- The pact's year: the region's register of all its schools, activities held outside Lokaal, whether
-- a booked visit took place, and what teachers and hosts thought of it.

-- Every school location of a region, signed up or not, as the region's register (DUO) lists it.
-- Kept by BRIN + location: a school that moved or was renamed keeps its row and its history; one
-- that closed gets closed_on and stays.
CREATE TABLE register_school (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT NOT NULL,
  code CHAR(6) NOT NULL,
  name VARCHAR(120) NOT NULL,
  kind VARCHAR(2) NOT NULL,
  street VARCHAR(120),
  postcode VARCHAR(10),
  town VARCHAR(80) NOT NULL,
  municipality VARCHAR(80) NOT NULL,
  closed_on DATE,
  version BIGINT NOT NULL,
  CONSTRAINT uq_register_school_code UNIQUE (region_id, code),
  CONSTRAINT fk_register_school_region FOREIGN KEY (region_id) REFERENCES region (id)
);
CREATE INDEX ix_register_school_kind ON register_school (region_id, kind);

-- What an activity outside Lokaal was: a list organisers extend. Kinds without a region are shared.
CREATE TABLE activity_kind (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT,
  name VARCHAR(80) NOT NULL,
  CONSTRAINT uq_activity_kind_name UNIQUE (region_id, name),
  CONSTRAINT fk_activity_kind_region FOREIGN KEY (region_id) REFERENCES region (id)
);
INSERT INTO activity_kind (region_id, name) VALUES (NULL, 'Technieklokaal');
INSERT INTO activity_kind (region_id, name) VALUES (NULL, 'FIRST LEGO League');
INSERT INTO activity_kind (region_id, name) VALUES (NULL, 'Techniektoernooi');
INSERT INTO activity_kind (region_id, name) VALUES (NULL, 'Gastles');

-- An activity held outside Lokaal, recorded by organisers; it took place, so it counts as attended.
CREATE TABLE external_activity (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT NOT NULL,
  kind_id BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  held_on DATE NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_external_activity_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT fk_external_activity_kind FOREIGN KEY (kind_id) REFERENCES activity_kind (id)
);
CREATE INDEX ix_external_activity_held ON external_activity (region_id, held_on);

-- One school's part in an external activity: how many groups and pupils took part.
CREATE TABLE external_participation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  groups_count INT NOT NULL,
  pupils INT NOT NULL,
  level VARCHAR(3),
  CONSTRAINT uq_external_participation UNIQUE (activity_id, school_id),
  CONSTRAINT fk_external_participation_activity FOREIGN KEY (activity_id) REFERENCES external_activity (id) ON DELETE CASCADE,
  CONSTRAINT fk_external_participation_school FOREIGN KEY (school_id) REFERENCES register_school (id),
  CONSTRAINT ck_external_participation CHECK (groups_count > 0 AND pupils > 0)
);
CREATE INDEX ix_external_participation_school ON external_participation (school_id);

-- Whether a confirmed booking's group came, and with how many pupils; marked by the host from the
-- visit's day on, corrected by organisers. No row: not known yet.
CREATE TABLE attendance (
  booking_id BIGINT PRIMARY KEY,
  came BOOLEAN NOT NULL,
  pupils INT NOT NULL,
  marked_by VARCHAR(10) NOT NULL,
  marked_at DATETIME NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_attendance_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
  CONSTRAINT ck_attendance_pupils CHECK (pupils >= 0)
);

-- What the teacher and the host thought of a visit. Asked once by mail the working day after it,
-- reminded at most once; opened by a secret link whose hash only is kept.
CREATE TABLE feedback (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  booking_id BIGINT NOT NULL,
  respondent VARCHAR(7) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  requested_at DATETIME NOT NULL,
  reminded_at DATETIME,
  answered_at DATETIME,
  rating INT,
  went_well VARCHAR(2000),
  could_be_better VARCHAR(2000),
  come_again BOOLEAN,
  version BIGINT NOT NULL,
  CONSTRAINT uq_feedback_booking UNIQUE (booking_id, respondent),
  CONSTRAINT uq_feedback_token UNIQUE (token_hash),
  CONSTRAINT fk_feedback_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
  CONSTRAINT ck_feedback_rating CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5))
);
CREATE INDEX ix_feedback_requested ON feedback (answered_at, reminded_at, requested_at);

-- The monitor reads a region's confirmed bookings by visit day.
CREATE INDEX ix_slot_day ON visit_slot (edition_id, visit_day);
