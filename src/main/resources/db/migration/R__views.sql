-- Every view, as it is now; Flyway reruns this file whenever it changes, after the versioned
-- migrations. The views are dropped and created again, so a view may change its columns here (CREATE
-- OR REPLACE VIEW can only add columns at the end). No CASCADE: an object outside this file that
-- reads a view makes the migration fail instead of vanishing silently. A V__ migration that has to
-- drop a view (to change a column the view reads) must change this file too, so that it reruns.
-- Entities map these views and Hibernate validates them: keep column names and types.

DROP VIEW IF EXISTS project_view, press_release_view, office_view, country_view, funder_view, theme_view,
    search_document;

-- The read models: one row per item with its links, read with a single statement.
CREATE VIEW project_view AS
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

CREATE VIEW press_release_view AS
SELECT r.id, r.title, r.published_on, r.summary, r.image_credit, r.translations, r.last_updated, r.version,
       COALESCE(l.countries, '[]') AS countries,
       COALESCE(l.themes, '[]') AS themes,
       COALESCE(l.related_projects, '[]') AS related_projects
FROM press_release r
LEFT JOIN press_release_links l ON l.press_release_id = r.id;

-- The office profile's links and JSON arrays resolved against the vocabularies.
CREATE VIEW office_view AS
SELECT o.id, o.name, o.about, o.constituents, o.translations, o.last_updated, o.version,
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
                                                     'name', u.fw ->> 'name', 'summary', u.fw ->> 'summary',
                                                     'priorityAreas', u.fw -> 'priorityAreas') ORDER BY u.ord), '[]')
          FROM jsonb_array_elements(o.un_frameworks) WITH ORDINALITY AS u(fw, ord)
          JOIN country c ON c.code = u.fw ->> 'country') AS un_frameworks,
       CASE WHEN o.director_name IS NOT NULL THEN
           jsonb_build_object('name', o.director_name, 'role', o.director_role, 'asOf', o.director_as_of,
                              'source', (SELECT jsonb_build_object('id', r.id, 'title', r.title, 'publishedOn', r.published_on)
                                           FROM press_release r WHERE r.id = o.director_source))
       END AS director
  FROM office o;

-- Vocabularies with usage counts, read like every other list.
CREATE VIEW country_view AS
SELECT c.code, c.name,
       (SELECT count(*) FROM project_country x WHERE x.country_code = c.code) AS project_count,
       (SELECT count(*) FROM press_release_country x WHERE x.country_code = c.code) AS press_release_count
  FROM country c;

CREATE VIEW funder_view AS
SELECT f.id, f.name,
       (SELECT count(*) FROM project_funder x WHERE x.funder_id = f.id) AS project_count
  FROM funder f;

CREATE VIEW theme_view AS
SELECT t.id, t.name, t.description,
       (SELECT count(*) FROM project_theme x WHERE x.theme_id = t.id) AS project_count,
       (SELECT count(*) FROM press_release_theme x WHERE x.theme_id = t.id) AS press_release_count
  FROM theme t;

-- Projects and press releases as one searchable collection, for /api/v1/search.
CREATE VIEW search_document AS
SELECT 'project' AS type, p.id, p.title, p.summary, p.start_date AS date, p.last_updated, p.search,
       p.search_title, p.translated_text
  FROM project p
UNION ALL
SELECT 'pressRelease', r.id, r.title, r.summary, r.published_on, r.last_updated, r.search, r.search_title,
       r.translated_text
  FROM press_release r;
