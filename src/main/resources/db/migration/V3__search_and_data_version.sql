-- Full-text search and the data version that caches and conditional requests rely on.

-- English stemming over title (weight A) and summary (weight B). The GIN indexes serve @@ matches.
ALTER TABLE project ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
) STORED;
CREATE INDEX project_search_idx ON project USING gin (search);

ALTER TABLE press_release ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
) STORED;
CREATE INDEX press_release_search_idx ON press_release USING gin (search);

CREATE INDEX project_title_idx ON project (title, id);
CREATE INDEX press_release_title_idx ON press_release (title, id);

-- One number that grows with every committed change to any content table, whoever made it
-- (the API, a migration, a script). Every replica listens on channel 'data_version' and drops its
-- cached validators when the number moves, so a 304 never outlives the data it stands for.
CREATE TABLE data_version (
    id         smallint PRIMARY KEY CHECK (id = 1),
    version    bigint NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, now());

-- A write only marks its transaction here; the version moves when that transaction commits
-- (a deferred trigger), so writers do not queue behind one another for the whole transaction and
-- versions are numbered in commit order.
CREATE UNLOGGED TABLE data_change_marker (
    txid xid8 PRIMARY KEY
);

CREATE FUNCTION mark_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_change_marker (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE FUNCTION bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v data_version;
BEGIN
    DELETE FROM data_change_marker WHERE txid = NEW.txid;
    UPDATE data_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1
    RETURNING * INTO v;
    PERFORM pg_notify('data_version', v.version || ' ' || floor(extract(epoch FROM v.changed_at) * 1000000)::bigint);
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER data_change_marker_commit AFTER INSERT ON data_change_marker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['country', 'funder', 'theme', 'partner',
                             'project', 'project_country', 'project_funder', 'project_theme', 'project_partner',
                             'press_release', 'press_release_country', 'press_release_theme', 'press_release_project',
                             'office', 'office_country', 'office_partner', 'change_log']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION mark_data_change()', t || '_data_version', t);
    END LOOP;
END;
$$;

-- Vocabularies with usage counts, read like every other list.
CREATE VIEW country_view AS
SELECT c.code,
       c.name,
       (SELECT count(*) FROM project_country x WHERE x.country_code = c.code) AS project_count,
       (SELECT count(*) FROM press_release_country x WHERE x.country_code = c.code) AS press_release_count
  FROM country c;

CREATE VIEW funder_view AS
SELECT f.id,
       f.name,
       (SELECT count(*) FROM project_funder x WHERE x.funder_id = f.id) AS project_count
  FROM funder f;

CREATE VIEW theme_view AS
SELECT t.id,
       t.name,
       t.description,
       (SELECT count(*) FROM project_theme x WHERE x.theme_id = t.id) AS project_count,
       (SELECT count(*) FROM press_release_theme x WHERE x.theme_id = t.id) AS press_release_count
  FROM theme t;
