-- Content model of the ILO Country Office for China and Mongolia open-data API.
-- Flyway owns this schema; Hibernate only validates it.

-- Ids are readable slugs; countries are ISO 3166-1 alpha-2 codes.
CREATE FUNCTION is_slug(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(value) <= 120 $$;

CREATE FUNCTION is_country_code(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '^[A-Z]{2}$' $$;

-- Vocabularies -------------------------------------------------------------

CREATE TABLE country (
    code text PRIMARY KEY CHECK (is_country_code(code)),
    name text NOT NULL
);

CREATE TABLE funder (
    id text PRIMARY KEY CHECK (is_slug(id)),
    name text NOT NULL
);

CREATE TABLE theme (
    id text PRIMARY KEY CHECK (is_slug(id)),
    name        text NOT NULL,
    description text
);

CREATE TABLE partner (
    id text PRIMARY KEY CHECK (is_slug(id)),
    name text NOT NULL
);

-- Projects -----------------------------------------------------------------

CREATE TABLE project (
    id text PRIMARY KEY CHECK (is_slug(id)),
    title           text NOT NULL,
    summary         text,
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    -- Only an editor's decision is stored; planned/active/completed follow from the dates.
    status_override text CHECK (status_override IN ('cancelled', 'suspended')),
    region          text,
    funding_note    text,
    translations    jsonb NOT NULL DEFAULT '{}'::jsonb,
    last_updated    timestamptz NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT project_period CHECK (end_date >= start_date)
);

CREATE INDEX project_start_date_idx ON project (start_date DESC, id);
CREATE INDEX project_end_date_idx ON project (end_date, id);
CREATE INDEX project_last_updated_idx ON project (last_updated, id);

CREATE TABLE project_country (
    project_id   text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    country_code text NOT NULL REFERENCES country (code),
    PRIMARY KEY (project_id, country_code)
);
CREATE INDEX project_country_country_idx ON project_country (country_code, project_id);

CREATE TABLE project_funder (
    project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    funder_id  text NOT NULL REFERENCES funder (id),
    PRIMARY KEY (project_id, funder_id)
);
CREATE INDEX project_funder_funder_idx ON project_funder (funder_id, project_id);

CREATE TABLE project_theme (
    project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    theme_id   text NOT NULL REFERENCES theme (id),
    PRIMARY KEY (project_id, theme_id)
);
CREATE INDEX project_theme_theme_idx ON project_theme (theme_id, project_id);

CREATE TABLE project_partner (
    project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    partner_id text NOT NULL REFERENCES partner (id),
    PRIMARY KEY (project_id, partner_id)
);

-- Press releases -----------------------------------------------------------

CREATE TABLE press_release (
    id text PRIMARY KEY CHECK (is_slug(id)),
    title        text NOT NULL,
    published_on date NOT NULL,
    summary      text,
    image_credit text,
    translations jsonb NOT NULL DEFAULT '{}'::jsonb,
    last_updated timestamptz NOT NULL,
    version      bigint NOT NULL DEFAULT 0
);

CREATE INDEX press_release_published_on_idx ON press_release (published_on DESC, id);
CREATE INDEX press_release_last_updated_idx ON press_release (last_updated, id);

CREATE TABLE press_release_country (
    press_release_id text NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    country_code     text NOT NULL REFERENCES country (code),
    PRIMARY KEY (press_release_id, country_code)
);
CREATE INDEX press_release_country_country_idx ON press_release_country (country_code, press_release_id);

CREATE TABLE press_release_theme (
    press_release_id text NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    theme_id         text NOT NULL REFERENCES theme (id),
    PRIMARY KEY (press_release_id, theme_id)
);
CREATE INDEX press_release_theme_theme_idx ON press_release_theme (theme_id, press_release_id);

-- Which projects a press release is about.
CREATE TABLE press_release_project (
    press_release_id text NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    project_id       text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    PRIMARY KEY (press_release_id, project_id)
);
CREATE INDEX press_release_project_project_idx ON press_release_project (project_id, press_release_id);

-- The office profile: one row, edited as a whole -------------------------------

CREATE TABLE office (
    id text PRIMARY KEY CHECK (is_slug(id)),
    name                text NOT NULL,
    about               jsonb NOT NULL,  -- ["paragraph", ...]
    focus_areas         jsonb NOT NULL,  -- [{"theme": id, "description": text}]
    constituents        jsonb NOT NULL,  -- ["text", ...]
    un_frameworks       jsonb NOT NULL,  -- [{"country": code, "name", "summary", "priorityAreas": [...]}]
    director_name       text,
    director_role       text,
    director_as_of      date,
    director_source     text REFERENCES press_release (id) ON DELETE SET NULL,
    translations        jsonb NOT NULL DEFAULT '{}'::jsonb,
    last_updated        timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT office_director CHECK ((director_name IS NULL) = (director_as_of IS NULL))
);

CREATE TABLE office_country (
    office_id    text NOT NULL REFERENCES office (id) ON DELETE CASCADE,
    country_code text NOT NULL REFERENCES country (code),
    PRIMARY KEY (office_id, country_code)
);

CREATE TABLE office_partner (
    office_id  text NOT NULL REFERENCES office (id) ON DELETE CASCADE,
    partner_id text NOT NULL REFERENCES partner (id),
    PRIMARY KEY (office_id, partner_id)
);

-- Change log: what partners replay through /api/v1/changes -------------------------
-- seq is drawn while holding change_log_lock() (see below) and the lock is kept until
-- commit, so seq order is commit order and a reader never sees a gap fill in later.

CREATE SEQUENCE change_log_seq;

CREATE TABLE change_log (
    seq           bigint PRIMARY KEY,
    resource_type text NOT NULL CHECK (resource_type IN ('project', 'pressRelease')),
    resource_id   text NOT NULL,
    action        text NOT NULL CHECK (action IN ('upsert', 'delete')),
    changed_at    timestamptz NOT NULL
);

CREATE INDEX change_log_resource_idx ON change_log (resource_type, resource_id);

CREATE FUNCTION record_change(p_type text, p_id text, p_action text) RETURNS bigint
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

-- Read models ------------------------------------------------------------------------
-- One row per resource with its links already aggregated, so a page of any size is read
-- with a single statement. The correlated subqueries run only for the rows returned.

CREATE FUNCTION utc_today() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

CREATE VIEW project_view AS
SELECT p.id,
       p.title,
       p.summary,
       p.start_date,
       p.end_date,
       CASE
           WHEN p.status_override IS NOT NULL THEN p.status_override
           WHEN utc_today() < p.start_date THEN 'planned'
           WHEN utc_today() > p.end_date THEN 'completed'
           ELSE 'active'
       END AS status,
       p.status_override,
       p.region,
       p.funding_note,
       p.translations,
       p.last_updated,
       p.version,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name), '[]')
          FROM project_country x JOIN country c ON c.code = x.country_code
         WHERE x.project_id = p.id) AS countries,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', f.id, 'name', f.name) ORDER BY f.name), '[]')
          FROM project_funder x JOIN funder f ON f.id = x.funder_id
         WHERE x.project_id = p.id) AS funders,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
          FROM project_theme x JOIN theme t ON t.id = x.theme_id
         WHERE x.project_id = p.id) AS themes,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) ORDER BY o.name), '[]')
          FROM project_partner x JOIN partner o ON o.id = x.partner_id
         WHERE x.project_id = p.id) AS partners,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'title', r.title, 'publishedOn', r.published_on,
                                                     'translations', r.translations)
                                  ORDER BY r.published_on DESC, r.id), '[]')
          FROM press_release_project x JOIN press_release r ON r.id = x.press_release_id
         WHERE x.project_id = p.id) AS related_press_releases
  FROM project p;

CREATE VIEW press_release_view AS
SELECT r.id,
       r.title,
       r.published_on,
       r.summary,
       r.image_credit,
       r.translations,
       r.last_updated,
       r.version,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name), '[]')
          FROM press_release_country x JOIN country c ON c.code = x.country_code
         WHERE x.press_release_id = r.id) AS countries,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
          FROM press_release_theme x JOIN theme t ON t.id = x.theme_id
         WHERE x.press_release_id = r.id) AS themes,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'title', p.title, 'translations', p.translations)
                                  ORDER BY p.start_date DESC, p.id), '[]')
          FROM press_release_project x JOIN project p ON p.id = x.project_id
         WHERE x.press_release_id = r.id) AS related_projects
  FROM press_release r;

CREATE VIEW office_view AS
SELECT o.id,
       o.name,
       o.about,
       o.constituents,
       o.translations,
       o.last_updated,
       o.version,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name), '[]')
          FROM office_country x JOIN country c ON c.code = x.country_code
         WHERE x.office_id = o.id) AS countries,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name) ORDER BY p.name), '[]')
          FROM office_partner x JOIN partner p ON p.id = x.partner_id
         WHERE x.office_id = o.id) AS partners,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('theme', jsonb_build_object('id', t.id, 'name', t.name),
                                                     'description', f.area ->> 'description') ORDER BY f.ord), '[]')
          FROM jsonb_array_elements(o.focus_areas) WITH ORDINALITY AS f(area, ord)
          JOIN theme t ON t.id = f.area ->> 'theme') AS focus_areas,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('country', jsonb_build_object('code', c.code, 'name', c.name),
                                                     'name', u.fw ->> 'name',
                                                     'summary', u.fw ->> 'summary',
                                                     'priorityAreas', u.fw -> 'priorityAreas') ORDER BY u.ord), '[]')
          FROM jsonb_array_elements(o.un_frameworks) WITH ORDINALITY AS u(fw, ord)
          JOIN country c ON c.code = u.fw ->> 'country') AS un_frameworks,
       CASE WHEN o.director_name IS NOT NULL THEN
           jsonb_build_object('name', o.director_name,
                              'role', o.director_role,
                              'asOf', o.director_as_of,
                              'source', (SELECT jsonb_build_object('id', r.id, 'title', r.title, 'publishedOn', r.published_on)
                                           FROM press_release r WHERE r.id = o.director_source))
       END AS director
  FROM office o;
