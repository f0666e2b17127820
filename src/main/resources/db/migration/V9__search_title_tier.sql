-- Search ranks in two tiers (the title alone matches the query, or only title and summary together
-- do), newest first within each. The title's own tsvector, GIN-indexed, tells the tiers apart
-- without ranking every match: see SearchQueries.
ALTER TABLE project ADD COLUMN search_title tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED;
CREATE INDEX project_search_title_idx ON project USING gin (search_title);

ALTER TABLE press_release ADD COLUMN search_title tsvector
    GENERATED ALWAYS AS (to_tsvector('english', title)) STORED;
CREATE INDEX press_release_search_title_idx ON press_release USING gin (search_title);
