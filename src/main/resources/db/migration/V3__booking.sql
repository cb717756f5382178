-- Direct bookings of show sessions and centre visits, with waiting lists.

CREATE TABLE booking (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  slot_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  pupils INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  sequence INT NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_booking_slot FOREIGN KEY (slot_id) REFERENCES visit_slot (id),
  CONSTRAINT fk_booking_group FOREIGN KEY (group_id) REFERENCES class_group (id),
  CONSTRAINT ck_booking_pupils CHECK (pupils > 0)
);
CREATE INDEX ix_booking_slot ON booking (slot_id, status);
CREATE INDEX ix_booking_group ON booking (group_id, status);
