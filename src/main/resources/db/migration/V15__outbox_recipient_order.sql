-- The sender keeps each recipient's mail in the order it was written: before a message goes it
-- looks for an earlier unsent one to the same recipient. This index answers that per recipient.
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient, status, id);
