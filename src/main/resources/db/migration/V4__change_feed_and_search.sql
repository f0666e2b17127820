-- Identifies this data set, so a change token from another database (a restore, a fresh
-- environment) is recognised instead of silently skipping or replaying changes.
ALTER TABLE data_version ADD COLUMN data_set uuid NOT NULL DEFAULT gen_random_uuid();

-- Projects and press releases as one searchable collection, for /api/v1/search.
CREATE VIEW search_document AS
SELECT 'project' AS type, p.id, p.title, p.summary, p.start_date AS date, p.last_updated, p.search
  FROM project p
UNION ALL
SELECT 'pressRelease', r.id, r.title, r.summary, r.published_on, r.last_updated, r.search
  FROM press_release r;
