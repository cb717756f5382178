-- A feed's address can be shown again without replacing it. The secret is kept readable: it reads
-- only confirmed visits that the database holds anyway, and rotating still ends the old address.
-- Feeds made before this have no readable secret; their owners see one again after rotating.
ALTER TABLE calendar_feed ADD COLUMN secret VARCHAR(43);
