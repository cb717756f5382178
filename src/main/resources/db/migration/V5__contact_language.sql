-- The language each contact reads mail in (nl, en, de); empty means Dutch.
ALTER TABLE school ADD COLUMN contact_language VARCHAR(2);
ALTER TABLE company ADD COLUMN contact_language VARCHAR(2);
ALTER TABLE class_group ADD COLUMN teacher_language VARCHAR(2);
