-- The peer's rows: bench/generate.sql's projects, flattened to one country, funder and theme per row,
-- in the table `projects` of the peer's own database. bench/peer/directus.sh runs it as one script:
-- this file's head (up to the @@BODY@@ line), then generate.sql's country and funder inserts (into the
-- temporary tables of the same names below), its word pools and helper functions (the lines from
-- "-- Word pools" to "-- The countries in a fixed order"), then this file's body. So vocabularies,
-- pools and helpers cannot drift from the service's generator.
--
-- The same statements as generate.sql, in the same order, after the same setseed: the first 99,990
-- rows (generate.sql makes 100,000 minus the migrations' 10 seed projects) have the service's generated
-- ids, titles, summaries, dates, status overrides and main country (none for the 3% regional programmes,
-- whose titles say "in Asia and the Pacific"). Rows past 99,990 continue the same sequence; they stand in
-- for the seed projects (at 100,000 rows) or grow the table (rows=1000000). The funder (skewed towards the
-- first, as generate.sql's) and the theme (uniform) are drawn afterwards, one each: they are not the
-- service's first links.
--
--   psql -v rows=100000 -f <composed script>       (bench/peer/directus.sh load ROWS composes and runs it)

\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
SET synchronous_commit = off;

BEGIN;
SELECT setseed(0.2024);

DROP TABLE IF EXISTS projects;
CREATE TABLE projects (
    id varchar(255) PRIMARY KEY,
    title varchar(255) NOT NULL,
    summary text,
    start_date date,
    end_date date,
    status varchar(16) NOT NULL,
    country varchar(2),
    funder varchar(64),
    theme varchar(64),
    last_updated timestamptz NOT NULL
);

-- The seed's own rows; generate.sql's inserts into country and funder add the others.
CREATE TEMP TABLE country (code text PRIMARY KEY, name text NOT NULL) ON COMMIT DROP;
INSERT INTO country VALUES ('CN', 'China'), ('MN', 'Mongolia');
CREATE TEMP TABLE funder (id text PRIMARY KEY, name text NOT NULL) ON COMMIT DROP;
INSERT INTO funder VALUES ('european-union', 'European Union'), ('ilo', 'International Labour Organization');
-- The 11 themes of the migrations' seed and generate.sql's one more.
CREATE TEMP TABLE theme ON COMMIT DROP AS
SELECT unnest(ARRAY['decent-work', 'employment', 'labour-standards', 'sustainable-enterprises', 'supply-chains',
                    'social-protection', 'occupational-safety-health', 'vulnerable-workers', 'informal-economy',
                    'gender-equality', 'social-dialogue', 'green-jobs']) AS id;

-- @@BODY@@ (directus.sh inserts generate.sql's vocabularies, pools and helpers here)

CREATE TEMP TABLE country_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY code NOT IN ('CN', 'MN'), code) AS n, code, name FROM country;
CREATE TEMP TABLE funder_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM funder;
CREATE TEMP TABLE theme_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM theme;

-- generate.sql's two project statements, with :rows for its row count.
CREATE TEMP TABLE gen_project ON COMMIT DROP AS
SELECT g.n,
       1 + floor(50 * power(random(), 1.5))::int AS country_n,
       random() AS r_shape,
       date '2007-01-01' + floor(random() * 7305)::int AS start_date,
       180 + floor(random() * 1646)::int AS days,
       random() AS r_status,
       pg_temp.pick(p.verbs) AS verb, pg_temp.pick(p.topics) AS topic, pg_temp.pick(p.groups) AS grp,
       pg_temp.pick(p.suffixes) AS suffix,
       pg_temp.summary(p, 460 + floor(random() * 1040)::int) AS summary
  FROM generate_series(1, :rows) AS g(n), pool p
 ORDER BY g.n;

CREATE TEMP TABLE gen_project_id ON COMMIT DROP AS
SELECT pg_temp.slug(t.title) || '-' || g.n AS id,
       t.title, c.code AS main_country, g.*
  FROM gen_project g
  JOIN country_order c ON c.n = g.country_n
 CROSS JOIN LATERAL (
       SELECT pg_temp.title(CASE
                  WHEN length(s) >= 60 THEN s
                  ELSE s || ' - building on the lessons of earlier cooperation'
              END) AS title
         FROM (SELECT g.verb || ' ' || g.topic || ' ' || g.grp
                      || CASE WHEN g.r_shape < 0.03 THEN ' in Asia and the Pacific' ELSE ' in ' || c.name END
                      || g.suffix AS s) x) t
 ORDER BY g.n;
CREATE UNIQUE INDEX ON gen_project_id (n);

-- One funder and one theme per row, drawn after the projects (the sequence above stays generate.sql's).
CREATE TEMP TABLE gen_link ON COMMIT DROP AS
SELECT g.n, 1 + floor(30 * power(random(), 1.3))::int AS funder_n, 1 + floor(12 * random())::int AS theme_n
  FROM generate_series(1, :rows) AS g(n)
 ORDER BY g.n;

-- Status as the service's project_view derives it (override, else from the dates against today, UTC).
INSERT INTO projects (id, title, summary, start_date, end_date, status, country, funder, theme, last_updated)
SELECT g.id, g.title, g.summary, g.start_date, g.start_date + g.days,
       CASE WHEN g.r_status < 0.01 THEN 'cancelled'
            WHEN g.r_status < 0.015 THEN 'suspended'
            WHEN (now() AT TIME ZONE 'UTC')::date < g.start_date THEN 'planned'
            WHEN (now() AT TIME ZONE 'UTC')::date > g.start_date + g.days THEN 'completed'
            ELSE 'active' END,
       CASE WHEN g.r_shape < 0.03 THEN NULL ELSE g.main_country END,
       f.id, t.id,
       timestamptz '2025-01-01 00:00:00+00' + g.n * interval '7 seconds'
  FROM gen_project_id g
  JOIN gen_link l ON l.n = g.n
  JOIN funder_order f ON f.n = l.funder_n
  JOIN theme_order t ON t.n = l.theme_n
 ORDER BY g.n;

-- The index of the list query: GET /items/projects?filter[country][_eq]=XX&sort=-start_date&limit=20&page=N
-- reads the first (page × 20) entries of one country in order.
CREATE INDEX projects_country_start_date_idx ON projects (country, start_date DESC, id);

COMMIT;

SELECT count(*) AS projects, count(DISTINCT country) AS countries, count(DISTINCT funder) AS funders,
       count(DISTINCT theme) AS themes FROM projects;
