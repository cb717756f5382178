-- The allocation proposal of an edition: per class group its slot (none: waiting list), pins, explanation.
CREATE TABLE allocation_placement (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  edition_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  slot_id BIGINT,
  pinned BOOLEAN NOT NULL,
  explanation VARCHAR(1000),
  CONSTRAINT uq_allocation_placement_group UNIQUE (group_id),
  CONSTRAINT fk_allocation_placement_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_allocation_placement_group FOREIGN KEY (group_id) REFERENCES class_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_allocation_placement_slot FOREIGN KEY (slot_id) REFERENCES visit_slot (id)
);
