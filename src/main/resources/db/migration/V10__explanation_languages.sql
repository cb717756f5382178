-- Allocation explanations in English and German next to the Dutch one. Proposals saved before have
-- the Dutch text only, which every language then shows.
ALTER TABLE allocation_placement ADD COLUMN explanation_en VARCHAR(1000);
ALTER TABLE allocation_placement ADD COLUMN explanation_de VARCHAR(1000);
