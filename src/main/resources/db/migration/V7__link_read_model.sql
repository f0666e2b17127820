-- The links of each project and press release (countries, funders, themes, partners, related items),
-- as the read views show them, kept in a table of their own instead of being aggregated by five
-- correlated subqueries per row on every read. A list page then plans and runs a single join, and an
-- export of every row reads two tables in order (about 5 times faster, see bench/results).
-- Statement-level triggers keep these rows current within the transaction that changes a link, a
-- linked item's title, date or translations, or a vocabulary name, whoever makes the change.

CREATE TABLE project_links (
    project_id             text PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    countries              jsonb NOT NULL,
    funders                jsonb NOT NULL,
    themes                 jsonb NOT NULL,
    partners               jsonb NOT NULL,
    related_press_releases jsonb NOT NULL
);

CREATE TABLE press_release_links (
    press_release_id text PRIMARY KEY REFERENCES press_release (id) ON DELETE CASCADE,
    countries        jsonb NOT NULL,
    themes           jsonb NOT NULL,
    related_projects jsonb NOT NULL
);

-- Recomputes the links of the given projects (set-based: one aggregate per link table).
CREATE FUNCTION refresh_project_links(ids text[]) RETURNS void LANGUAGE sql AS $$
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

CREATE FUNCTION refresh_press_release_links(ids text[]) RETURNS void LANGUAGE sql AS $$
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

-- A link table changed: refresh the links of the items it names. TG_ARGV[0] says which: 'project'
-- (column project_id, refresh_project_links) or 'press_release' (press_release_id, refresh_press_release_links).
CREATE FUNCTION link_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    refresh text := format('SELECT refresh_%s_links(ARRAY(SELECT DISTINCT %I FROM %%I))', TG_ARGV[0], TG_ARGV[0] || '_id');
BEGIN
    IF TG_OP <> 'DELETE' THEN
        EXECUTE format(refresh, 'new_rows');
    END IF;
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format(refresh, 'old_rows');
    END IF;
    RETURN NULL;
END
$$;

-- A project's title, translations or start date appear in the links of its press releases, and
-- the other way round.
CREATE FUNCTION project_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_press_release_links(ARRAY(
        SELECT DISTINCT x.press_release_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN press_release_project x ON x.project_id = n.id
        WHERE (n.title, n.translations, n.start_date) IS DISTINCT FROM (o.title, o.translations, o.start_date)));
    RETURN NULL;
END
$$;

CREATE FUNCTION press_release_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_project_links(ARRAY(
        SELECT DISTINCT x.project_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN press_release_project x ON x.press_release_id = n.id
        WHERE (n.title, n.translations, n.published_on) IS DISTINCT FROM (o.title, o.translations, o.published_on)));
    RETURN NULL;
END
$$;

-- Vocabulary names are copied into the links too.
CREATE FUNCTION vocabulary_rows_updated() RETURNS trigger LANGUAGE plpgsql AS $$
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

-- Transition tables allow one event per trigger: one trigger per event and table.
DO $$
DECLARE
    link text;
    kind text;
    t text;
BEGIN
    -- "table:kind"; press_release_project names both.
    FOREACH link IN ARRAY ARRAY['project_country:project', 'project_funder:project', 'project_theme:project',
            'project_partner:project', 'press_release_project:project', 'press_release_country:press_release',
            'press_release_theme:press_release', 'press_release_project:press_release'] LOOP
        t := split_part(link, ':', 1);
        kind := split_part(link, ':', 2);
        EXECUTE format('CREATE TRIGGER %1$I AFTER INSERT ON %2$I REFERENCING NEW TABLE AS new_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION link_rows_changed(%3$L)', t || '_' || kind || '_links_ins', t, kind);
        EXECUTE format('CREATE TRIGGER %1$I AFTER UPDATE ON %2$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION link_rows_changed(%3$L)', t || '_' || kind || '_links_upd', t, kind);
        EXECUTE format('CREATE TRIGGER %1$I AFTER DELETE ON %2$I REFERENCING OLD TABLE AS old_rows'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION link_rows_changed(%3$L)', t || '_' || kind || '_links_del', t, kind);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['country', 'funder', 'theme', 'partner'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_links_upd AFTER UPDATE ON %1$I REFERENCING OLD TABLE AS old_rows'
            || ' NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vocabulary_rows_updated()', t);
    END LOOP;
END
$$;

CREATE TRIGGER project_links_upd AFTER UPDATE ON project REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION project_rows_updated();
CREATE TRIGGER press_release_links_upd AFTER UPDATE ON press_release REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION press_release_rows_updated();

SELECT refresh_project_links(ARRAY(SELECT id FROM project));
SELECT refresh_press_release_links(ARRAY(SELECT id FROM press_release));

-- The same columns as before, now read from the links tables.
CREATE OR REPLACE VIEW project_view AS
SELECT p.id, p.title, p.summary, p.start_date, p.end_date,
       CASE
           WHEN p.status_override IS NOT NULL THEN p.status_override
           WHEN utc_today() < p.start_date THEN 'planned'
           WHEN utc_today() > p.end_date THEN 'completed'
           ELSE 'active'
       END AS status,
       p.status_override, p.region, p.funding_note, p.translations, p.last_updated, p.version,
       COALESCE(l.countries, '[]') AS countries,
       COALESCE(l.funders, '[]') AS funders,
       COALESCE(l.themes, '[]') AS themes,
       COALESCE(l.partners, '[]') AS partners,
       COALESCE(l.related_press_releases, '[]') AS related_press_releases
FROM project p
LEFT JOIN project_links l ON l.project_id = p.id;

CREATE OR REPLACE VIEW press_release_view AS
SELECT r.id, r.title, r.published_on, r.summary, r.image_credit, r.translations, r.last_updated, r.version,
       COALESCE(l.countries, '[]') AS countries,
       COALESCE(l.themes, '[]') AS themes,
       COALESCE(l.related_projects, '[]') AS related_projects
FROM press_release r
LEFT JOIN press_release_links l ON l.press_release_id = r.id;
