-- The edition's organiser mailbox: the ORGANIZER of its calendar invites and the address replies go
-- to. Empty for editions from before, which keep using lokaal.mail.from.
ALTER TABLE edition ADD COLUMN mailbox VARCHAR(254);
