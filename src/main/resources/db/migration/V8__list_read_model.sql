-- The list read model: every link row carries the sort keys of its item, and an index per sort key
-- (link value, sort key, item id) yields a filtered list already in order. A page of a country,
-- funder, theme or project filter then reads about `limit` link rows whatever the value's share of
-- the items, instead of walking the item's sort index and probing the link table row by row until
-- enough match (991 rows and 4,067 buffers for a country with 2% of 100,000 projects; see bench/results).
-- A BEFORE trigger copies the keys into a new or moved link row, and the item's update trigger copies
-- changed keys into its links, in the writing transaction (R__functions.sql, R__triggers.sql).
-- The columns stay nullable so that a link to a missing item still fails on its foreign key.

ALTER TABLE project_country ADD COLUMN start_date date, ADD COLUMN end_date date, ADD COLUMN title text,
    ADD COLUMN last_updated timestamptz;
ALTER TABLE project_funder ADD COLUMN start_date date, ADD COLUMN end_date date, ADD COLUMN title text,
    ADD COLUMN last_updated timestamptz;
ALTER TABLE project_theme ADD COLUMN start_date date, ADD COLUMN end_date date, ADD COLUMN title text,
    ADD COLUMN last_updated timestamptz;
ALTER TABLE press_release_country ADD COLUMN published_on date, ADD COLUMN title text, ADD COLUMN last_updated timestamptz;
ALTER TABLE press_release_theme ADD COLUMN published_on date, ADD COLUMN title text, ADD COLUMN last_updated timestamptz;
-- A press release's link to a project serves the press release list filtered by project.
ALTER TABLE press_release_project ADD COLUMN published_on date, ADD COLUMN title text, ADD COLUMN last_updated timestamptz;

UPDATE project_country x SET start_date = p.start_date, end_date = p.end_date, title = p.title,
    last_updated = p.last_updated FROM project p WHERE p.id = x.project_id;
UPDATE project_funder x SET start_date = p.start_date, end_date = p.end_date, title = p.title,
    last_updated = p.last_updated FROM project p WHERE p.id = x.project_id;
UPDATE project_theme x SET start_date = p.start_date, end_date = p.end_date, title = p.title,
    last_updated = p.last_updated FROM project p WHERE p.id = x.project_id;
UPDATE press_release_country x SET published_on = r.published_on, title = r.title, last_updated = r.last_updated
    FROM press_release r WHERE r.id = x.press_release_id;
UPDATE press_release_theme x SET published_on = r.published_on, title = r.title, last_updated = r.last_updated
    FROM press_release r WHERE r.id = x.press_release_id;
UPDATE press_release_project x SET published_on = r.published_on, title = r.title, last_updated = r.last_updated
    FROM press_release r WHERE r.id = x.press_release_id;

-- One index per link value and sort key, in the direction of the default sort; the other direction is
-- a backward scan (ties on a key, then put in id order, are a handful of rows). Each supersedes the
-- (link value, item id) index it replaces for lookups by value.
DROP INDEX project_country_country_idx, project_funder_funder_idx, project_theme_theme_idx,
    press_release_country_country_idx, press_release_theme_theme_idx, press_release_project_project_idx;

CREATE INDEX project_country_start_date_idx ON project_country (country_code, start_date DESC, project_id);
CREATE INDEX project_country_end_date_idx ON project_country (country_code, end_date, project_id);
CREATE INDEX project_country_title_idx ON project_country (country_code, title, project_id);
CREATE INDEX project_country_last_updated_idx ON project_country (country_code, last_updated, project_id);

CREATE INDEX project_funder_start_date_idx ON project_funder (funder_id, start_date DESC, project_id);
CREATE INDEX project_funder_end_date_idx ON project_funder (funder_id, end_date, project_id);
CREATE INDEX project_funder_title_idx ON project_funder (funder_id, title, project_id);
CREATE INDEX project_funder_last_updated_idx ON project_funder (funder_id, last_updated, project_id);

CREATE INDEX project_theme_start_date_idx ON project_theme (theme_id, start_date DESC, project_id);
CREATE INDEX project_theme_end_date_idx ON project_theme (theme_id, end_date, project_id);
CREATE INDEX project_theme_title_idx ON project_theme (theme_id, title, project_id);
CREATE INDEX project_theme_last_updated_idx ON project_theme (theme_id, last_updated, project_id);

CREATE INDEX press_release_country_published_on_idx ON press_release_country (country_code, published_on DESC, press_release_id);
CREATE INDEX press_release_country_title_idx ON press_release_country (country_code, title, press_release_id);
CREATE INDEX press_release_country_last_updated_idx ON press_release_country (country_code, last_updated, press_release_id);

CREATE INDEX press_release_theme_published_on_idx ON press_release_theme (theme_id, published_on DESC, press_release_id);
CREATE INDEX press_release_theme_title_idx ON press_release_theme (theme_id, title, press_release_id);
CREATE INDEX press_release_theme_last_updated_idx ON press_release_theme (theme_id, last_updated, press_release_id);

CREATE INDEX press_release_project_published_on_idx ON press_release_project (project_id, published_on DESC, press_release_id);
CREATE INDEX press_release_project_title_idx ON press_release_project (project_id, title, press_release_id);
CREATE INDEX press_release_project_last_updated_idx ON press_release_project (project_id, last_updated, press_release_id);
