-- Mail can carry an iCalendar object (invite, update, cancellation) and its METHOD.
ALTER TABLE outbox_message ADD COLUMN calendar TEXT;
ALTER TABLE outbox_message ADD COLUMN calendar_method VARCHAR(10);
