-- What an audit entry's sentence says besides who did it (names, counts, dates), as a JSON array, so
-- the log reads as sentences in the reader's language. Entries written before this have none.
ALTER TABLE audit_entry ADD COLUMN arguments VARCHAR(2000);
