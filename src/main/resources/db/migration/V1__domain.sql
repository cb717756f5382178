-- The domain of Lokaal. Written once for both MySQL/MariaDB and the embedded H2 (MODE=LEGACY):
-- plain types only, and constraint names that are unique across the schema.

CREATE TABLE region (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(120) NOT NULL,
  CONSTRAINT uq_region_code UNIQUE (code)
);

CREATE TABLE venue (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  street VARCHAR(120),
  postcode VARCHAR(10) NOT NULL,
  town VARCHAR(80) NOT NULL,
  lat DOUBLE NOT NULL,
  lon DOUBLE NOT NULL,
  CONSTRAINT fk_venue_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE edition (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(120) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  registration_opens DATE NOT NULL,
  registration_closes DATE NOT NULL,
  allowed_levels VARCHAR(100) NOT NULL,
  visits_per_group INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_edition_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE school (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code CHAR(6) NOT NULL,
  region_id BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  kind VARCHAR(2) NOT NULL,
  street VARCHAR(120),
  postcode VARCHAR(10) NOT NULL,
  town VARCHAR(80) NOT NULL,
  lat DOUBLE NOT NULL,
  lon DOUBLE NOT NULL,
  contact_name VARCHAR(120),
  contact_email VARCHAR(254) NOT NULL,
  contact_phone VARCHAR(20),
  version BIGINT NOT NULL,
  CONSTRAINT uq_school_code UNIQUE (code),
  CONSTRAINT fk_school_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE company (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  region_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  name VARCHAR(120) NOT NULL,
  sector VARCHAR(60) NOT NULL,
  street VARCHAR(120),
  postcode VARCHAR(10) NOT NULL,
  town VARCHAR(80) NOT NULL,
  lat DOUBLE NOT NULL,
  lon DOUBLE NOT NULL,
  contact_name VARCHAR(120),
  contact_email VARCHAR(254) NOT NULL,
  contact_phone VARCHAR(20),
  version BIGINT NOT NULL,
  CONSTRAINT uq_company_region_code UNIQUE (region_id, code),
  CONSTRAINT fk_company_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE visit_slot (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  edition_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  company_id BIGINT,
  venue_id BIGINT,
  visit_day DATE NOT NULL,
  start_time TIME NOT NULL,
  end_time TIME NOT NULL,
  seats INT NOT NULL,
  max_groups INT NOT NULL,
  levels VARCHAR(100) NOT NULL,
  join_link VARCHAR(500),
  version BIGINT NOT NULL,
  CONSTRAINT uq_slot_edition_code UNIQUE (edition_id, code),
  CONSTRAINT fk_slot_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_slot_company FOREIGN KEY (company_id) REFERENCES company (id),
  CONSTRAINT fk_slot_venue FOREIGN KEY (venue_id) REFERENCES venue (id),
  CONSTRAINT ck_slot_seats CHECK (seats > 0 AND max_groups > 0),
  CONSTRAINT ck_slot_times CHECK (end_time > start_time)
);

CREATE TABLE class_group (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  edition_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  name VARCHAR(60) NOT NULL,
  level VARCHAR(3) NOT NULL,
  pupils INT NOT NULL,
  teacher_name VARCHAR(120),
  teacher_email VARCHAR(254) NOT NULL,
  teacher_phone VARCHAR(20),
  days VARCHAR(400) NOT NULL,
  transport VARCHAR(10) NOT NULL,
  reach_km DOUBLE NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_group_edition_code UNIQUE (edition_id, code),
  CONSTRAINT fk_group_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_group_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT ck_group_pupils CHECK (pupils > 0)
);

CREATE TABLE wish (
  group_id BIGINT NOT NULL,
  company_id BIGINT NOT NULL,
  wish_order INT NOT NULL,
  CONSTRAINT pk_wish PRIMARY KEY (group_id, wish_order),
  CONSTRAINT fk_wish_group FOREIGN KEY (group_id) REFERENCES class_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_wish_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE INDEX ix_slot_company ON visit_slot (company_id);
CREATE INDEX ix_group_school ON class_group (school_id);

CREATE TABLE edition_school (
  edition_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  CONSTRAINT pk_edition_school PRIMARY KEY (edition_id, school_id),
  CONSTRAINT fk_edition_school_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_edition_school_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE edition_company (
  edition_id BIGINT NOT NULL,
  company_id BIGINT NOT NULL,
  CONSTRAINT pk_edition_company PRIMARY KEY (edition_id, company_id),
  CONSTRAINT fk_edition_company_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_edition_company_company FOREIGN KEY (company_id) REFERENCES company (id)
);
