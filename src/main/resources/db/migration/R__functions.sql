-- The current definition of every function; Flyway reruns this file whenever it changes, after the
-- versioned migrations. Change a function here, never in a new V__ file. Changing a function's
-- arguments or result type needs a DROP FUNCTION first (CREATE OR REPLACE cannot do that).

-- Ids are readable slugs; countries are ISO 3166-1 alpha-2 codes (table CHECK constraints).
CREATE OR REPLACE FUNCTION is_slug(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(value) <= 120 $$;

CREATE OR REPLACE FUNCTION is_country_code(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '^[A-Z]{2}$' $$;

CREATE OR REPLACE FUNCTION utc_today() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

-- The change log behind /api/v1/changes: seq is drawn under a lock kept until commit, so seq order
-- is commit order and a reader never sees a gap fill in later.
CREATE OR REPLACE FUNCTION record_change(p_type text, p_id text, p_action text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    next_seq bigint;
BEGIN
    -- Serialises writers from here to commit: commit order = seq order.
    PERFORM pg_advisory_xact_lock(hashtext('change_log'));
    next_seq := nextval('change_log_seq');
    INSERT INTO change_log (seq, resource_type, resource_id, action, changed_at)
    VALUES (next_seq, p_type, p_id, p_action, clock_timestamp());
    RETURN next_seq;
END;
$$;

-- The data version: a write marks its transaction; a deferred trigger moves the version and notifies
-- the replicas at commit, so versions are numbered in commit order.
CREATE OR REPLACE FUNCTION mark_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_change_marker (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger
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

-- The links tables of the read views (see V7__link_read_model.sql), recomputed set-based.
CREATE OR REPLACE FUNCTION refresh_project_links(ids text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO project_links AS l (project_id, countries, funders, themes, partners, related_press_releases)
    SELECT p.id, COALESCE(c.items, '[]'), COALESCE(f.items, '[]'), COALESCE(t.items, '[]'),
           COALESCE(o.items, '[]'), COALESCE(r.items, '[]')
    FROM project p
    LEFT JOIN (SELECT x.project_id, jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name) AS items
               FROM project_country x JOIN country c ON c.code = x.country_code
               WHERE x.project_id = ANY (ids) GROUP BY x.project_id) c ON c.project_id = p.id
    LEFT JOIN (SELECT x.project_id, jsonb_agg(jsonb_build_object('id', f.id, 'name', f.name) ORDER BY f.name) AS items
               FROM project_funder x JOIN funder f ON f.id = x.funder_id
               WHERE x.project_id = ANY (ids) GROUP BY x.project_id) f ON f.project_id = p.id
    LEFT JOIN (SELECT x.project_id, jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name) AS items
               FROM project_theme x JOIN theme t ON t.id = x.theme_id
               WHERE x.project_id = ANY (ids) GROUP BY x.project_id) t ON t.project_id = p.id
    LEFT JOIN (SELECT x.project_id, jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) ORDER BY o.name) AS items
               FROM project_partner x JOIN partner o ON o.id = x.partner_id
               WHERE x.project_id = ANY (ids) GROUP BY x.project_id) o ON o.project_id = p.id
    LEFT JOIN (SELECT x.project_id, jsonb_agg(jsonb_build_object('id', r.id, 'title', r.title,
                      'publishedOn', r.published_on, 'translations', r.translations)
                      ORDER BY r.published_on DESC, r.id) AS items
               FROM press_release_project x JOIN press_release r ON r.id = x.press_release_id
               WHERE x.project_id = ANY (ids) GROUP BY x.project_id) r ON r.project_id = p.id
    WHERE p.id = ANY (ids)
    ON CONFLICT (project_id) DO UPDATE SET countries = EXCLUDED.countries, funders = EXCLUDED.funders,
        themes = EXCLUDED.themes, partners = EXCLUDED.partners, related_press_releases = EXCLUDED.related_press_releases
$$;

CREATE OR REPLACE FUNCTION refresh_press_release_links(ids text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO press_release_links AS l (press_release_id, countries, themes, related_projects)
    SELECT r.id, COALESCE(c.items, '[]'), COALESCE(t.items, '[]'), COALESCE(p.items, '[]')
    FROM press_release r
    LEFT JOIN (SELECT x.press_release_id, jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name) AS items
               FROM press_release_country x JOIN country c ON c.code = x.country_code
               WHERE x.press_release_id = ANY (ids) GROUP BY x.press_release_id) c ON c.press_release_id = r.id
    LEFT JOIN (SELECT x.press_release_id, jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name) AS items
               FROM press_release_theme x JOIN theme t ON t.id = x.theme_id
               WHERE x.press_release_id = ANY (ids) GROUP BY x.press_release_id) t ON t.press_release_id = r.id
    LEFT JOIN (SELECT x.press_release_id, jsonb_agg(jsonb_build_object('id', p.id, 'title', p.title,
                      'translations', p.translations) ORDER BY p.start_date DESC, p.id) AS items
               FROM press_release_project x JOIN project p ON p.id = x.project_id
               WHERE x.press_release_id = ANY (ids) GROUP BY x.press_release_id) p ON p.press_release_id = r.id
    WHERE r.id = ANY (ids)
    ON CONFLICT (press_release_id) DO UPDATE SET countries = EXCLUDED.countries, themes = EXCLUDED.themes,
        related_projects = EXCLUDED.related_projects
$$;

-- Trigger functions of the links tables. A link table changed: refresh the links of the items it
-- names; TG_ARGV[0] says which: 'project' (column project_id) or 'press_release' (press_release_id).
-- An update that only copies sort keys into link rows (project_rows_updated) changes no link: the
-- items whose rows differ in anything else are refreshed, so an edit refreshes its links once.
CREATE OR REPLACE FUNCTION link_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    refresh text := format('SELECT refresh_%s_links(ARRAY(SELECT DISTINCT %I FROM %%I))', TG_ARGV[0], TG_ARGV[0] || '_id');
    sort_keys text[] := ARRAY['start_date', 'end_date', 'published_on', 'title', 'last_updated'];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        EXECUTE format('SELECT refresh_%s_links(ARRAY(SELECT DISTINCT r ->> %L FROM ('
            || '(SELECT to_jsonb(n) - $1 AS r FROM new_rows n EXCEPT ALL SELECT to_jsonb(o) - $1 FROM old_rows o)'
            || ' UNION ALL (SELECT to_jsonb(o) - $1 FROM old_rows o EXCEPT ALL SELECT to_jsonb(n) - $1 FROM new_rows n)'
            || ') changed))', TG_ARGV[0], TG_ARGV[0] || '_id') USING sort_keys;
    ELSIF TG_OP = 'INSERT' THEN
        EXECUTE format(refresh, 'new_rows');
    ELSE
        EXECUTE format(refresh, 'old_rows');
    END IF;
    RETURN NULL;
END
$$;

-- The list read model (V8__list_read_model.sql): link rows carry their item's sort keys. A new or
-- moved link row takes them from its item.
CREATE OR REPLACE FUNCTION project_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT p.start_date, p.end_date, p.title, p.last_updated INTO NEW.start_date, NEW.end_date, NEW.title, NEW.last_updated
      FROM project p WHERE p.id = NEW.project_id;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION press_release_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT r.published_on, r.title, r.last_updated INTO NEW.published_on, NEW.title, NEW.last_updated
      FROM press_release r WHERE r.id = NEW.press_release_id;
    RETURN NEW;
END
$$;

-- The statement an item's update trigger runs to copy the changed sort keys of the updated items
-- (transition tables new_rows and old_rows) into their rows of one link table.
CREATE OR REPLACE FUNCTION copy_sort_keys_sql(link_table text, item_column text, keys text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT format('UPDATE %1$I x SET (%3$s) = ROW(%4$s) FROM new_rows n JOIN old_rows o ON o.id = n.id'
        || ' WHERE x.%2$I = n.id AND (%4$s) IS DISTINCT FROM (%5$s)', link_table, item_column,
        array_to_string(keys, ', '), (SELECT string_agg('n.' || k, ', ') FROM unnest(keys) k),
        (SELECT string_agg('o.' || k, ', ') FROM unnest(keys) k))
$$;

-- A project's title, translations or start date appear in the links of its press releases, and
-- the other way round; its sort keys are copied into its link rows.
CREATE OR REPLACE FUNCTION project_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    link text;
BEGIN
    PERFORM refresh_press_release_links(ARRAY(
        SELECT DISTINCT x.press_release_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN press_release_project x ON x.project_id = n.id
        WHERE (n.title, n.translations, n.start_date) IS DISTINCT FROM (o.title, o.translations, o.start_date)));
    FOREACH link IN ARRAY ARRAY['project_country', 'project_funder', 'project_theme'] LOOP
        EXECUTE copy_sort_keys_sql(link, 'project_id', ARRAY['start_date', 'end_date', 'title', 'last_updated']);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION press_release_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    link text;
BEGIN
    PERFORM refresh_project_links(ARRAY(
        SELECT DISTINCT x.project_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN press_release_project x ON x.press_release_id = n.id
        WHERE (n.title, n.translations, n.published_on) IS DISTINCT FROM (o.title, o.translations, o.published_on)));
    FOREACH link IN ARRAY ARRAY['press_release_country', 'press_release_theme', 'press_release_project'] LOOP
        EXECUTE copy_sort_keys_sql(link, 'press_release_id', ARRAY['published_on', 'title', 'last_updated']);
    END LOOP;
    RETURN NULL;
END
$$;

-- Vocabulary names are copied into the links too.
CREATE OR REPLACE FUNCTION vocabulary_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'country' THEN
        PERFORM refresh_project_links(ARRAY(SELECT DISTINCT x.project_id FROM project_country x
            JOIN new_rows n ON n.code = x.country_code JOIN old_rows o ON o.code = n.code WHERE n.name IS DISTINCT FROM o.name));
        PERFORM refresh_press_release_links(ARRAY(SELECT DISTINCT x.press_release_id FROM press_release_country x
            JOIN new_rows n ON n.code = x.country_code JOIN old_rows o ON o.code = n.code WHERE n.name IS DISTINCT FROM o.name));
    ELSIF TG_TABLE_NAME = 'funder' THEN
        PERFORM refresh_project_links(ARRAY(SELECT DISTINCT x.project_id FROM project_funder x
            JOIN new_rows n ON n.id = x.funder_id JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name));
    ELSIF TG_TABLE_NAME = 'theme' THEN
        PERFORM refresh_project_links(ARRAY(SELECT DISTINCT x.project_id FROM project_theme x
            JOIN new_rows n ON n.id = x.theme_id JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name));
        PERFORM refresh_press_release_links(ARRAY(SELECT DISTINCT x.press_release_id FROM press_release_theme x
            JOIN new_rows n ON n.id = x.theme_id JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name));
    ELSIF TG_TABLE_NAME = 'partner' THEN
        PERFORM refresh_project_links(ARRAY(SELECT DISTINCT x.project_id FROM project_partner x
            JOIN new_rows n ON n.id = x.partner_id JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name));
    END IF;
    RETURN NULL;
END
$$;

-- How many items the planner expects a search to match, from the tsvector statistics (ANALYZE):
-- the total /api/v1/search reports, marked as an estimate, where counting would read every match.
CREATE OR REPLACE FUNCTION search_estimate(q text, projects boolean, press_releases boolean) RETURNS bigint
LANGUAGE plpgsql AS $$ -- volatile: PostgreSQL allows EXPLAIN in no other kind of function
DECLARE
    plan json;
    total bigint := 0;
BEGIN
    IF projects THEN
        EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM project WHERE search @@ websearch_to_tsquery(''english'', %L)', q)
            INTO plan;
        total := total + (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
    END IF;
    IF press_releases THEN
        EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM press_release WHERE search @@ websearch_to_tsquery(''english'', %L)', q)
            INTO plan;
        total := total + (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
    END IF;
    RETURN total;
END $$;
