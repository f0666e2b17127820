-- Benchmark data set: deterministic, 100,000 projects and 100,000 press releases in total (the seed
-- content of the Flyway migrations included), over 50 countries, 30 funders, 12 themes and 20 years
-- (2007-2026), with realistic field lengths (titles 60-120 characters, summaries 300-1,500).
--
-- Run it once against a freshly migrated database (the service's Flyway migrations create the schema
-- and the seed; bench/run.sh starts the service once against the empty database for that):
--
--   psql -v ON_ERROR_STOP=1 -d ilo_bench -f bench/generate.sql
--
-- Deterministic: one session, a fixed setseed, no parallel workers (random() in a parallel worker
-- would break the sequence), rows produced in generate_series order. Everything runs in one
-- transaction, so the data version moves once. Helpers live in pg_temp and vanish with the session.
-- Afterwards run VACUUM ANALYZE (outside a transaction; bench/run.sh does).

\set ON_ERROR_STOP 1
-- How many projects and how many press releases in all: psql -v rows=1000000 for the growth figures.
\if :{?rows}
\else
\set rows 100000
\endif
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
SET synchronous_commit = off;

BEGIN;
SELECT setseed(0.2024);

-- The same lock record_change() takes: change_log seq order is commit order.
SELECT pg_advisory_xact_lock(hashtext('change_log'));

-- Bulk load: the secondary indexes of the tables filled here (those not backing a constraint) are
-- dropped and rebuilt afterwards from their own definitions (pg_get_indexdef), whatever the migrations
-- define; a bulk build is several times faster than 200,000 row-by-row GIN insertions.
SET LOCAL maintenance_work_mem = '512MB';
CREATE TEMP TABLE bench_index ON COMMIT DROP AS
SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = current_schema()
   AND t.relname IN ('project', 'project_country', 'project_funder', 'project_theme', 'project_partner',
                     'press_release', 'press_release_country', 'press_release_theme', 'press_release_project',
                     'change_log')
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
DO $$
DECLARE
    ix record;
BEGIN
    FOR ix IN SELECT name FROM bench_index ORDER BY name LOOP
        EXECUTE format('DROP INDEX %I', ix.name);
    END LOOP;
END;
$$;

-- Vocabularies ---------------------------------------------------------------------------------

-- 48 more countries with their ISO 3166-1 alpha-2 codes (50 with China and Mongolia).
INSERT INTO country (code, name) VALUES
    ('JP', 'Japan'), ('KR', 'Republic of Korea'), ('IN', 'India'), ('ID', 'Indonesia'),
    ('VN', 'Viet Nam'), ('TH', 'Thailand'), ('PH', 'Philippines'), ('MY', 'Malaysia'),
    ('KH', 'Cambodia'), ('LA', 'Lao People''s Democratic Republic'), ('MM', 'Myanmar'), ('BD', 'Bangladesh'),
    ('PK', 'Pakistan'), ('NP', 'Nepal'), ('LK', 'Sri Lanka'), ('AF', 'Afghanistan'),
    ('TL', 'Timor-Leste'), ('FJ', 'Fiji'), ('PG', 'Papua New Guinea'), ('AU', 'Australia'),
    ('NZ', 'New Zealand'), ('KZ', 'Kazakhstan'), ('KG', 'Kyrgyzstan'), ('UZ', 'Uzbekistan'),
    ('TJ', 'Tajikistan'), ('BT', 'Bhutan'), ('MV', 'Maldives'), ('SG', 'Singapore'),
    ('BN', 'Brunei Darussalam'), ('RU', 'Russian Federation'), ('TR', 'Türkiye'), ('BR', 'Brazil'),
    ('ZA', 'South Africa'), ('ET', 'Ethiopia'), ('KE', 'Kenya'), ('EG', 'Egypt'),
    ('NG', 'Nigeria'), ('GH', 'Ghana'), ('MX', 'Mexico'), ('CO', 'Colombia'),
    ('PE', 'Peru'), ('CL', 'Chile'), ('AR', 'Argentina'), ('JO', 'Jordan'),
    ('LB', 'Lebanon'), ('SN', 'Senegal'), ('TZ', 'United Republic of Tanzania'), ('WS', 'Samoa');

-- 28 more funders (30 with the European Union and the ILO).
INSERT INTO funder (id, name) VALUES
    ('usdol', 'United States Department of Labor'),
    ('japan', 'Government of Japan'),
    ('korea', 'Government of the Republic of Korea'),
    ('sida', 'Swedish International Development Cooperation Agency (Sida)'),
    ('norad', 'Norwegian Agency for Development Cooperation (Norad)'),
    ('denmark', 'Ministry of Foreign Affairs of Denmark'),
    ('giz', 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)'),
    ('bmz', 'German Federal Ministry for Economic Cooperation and Development (BMZ)'),
    ('seco', 'Swiss State Secretariat for Economic Affairs (SECO)'),
    ('sdc', 'Swiss Agency for Development and Cooperation (SDC)'),
    ('dfat', 'Australian Department of Foreign Affairs and Trade (DFAT)'),
    ('mfat', 'New Zealand Ministry of Foreign Affairs and Trade'),
    ('fcdo', 'UK Foreign, Commonwealth and Development Office (FCDO)'),
    ('irish-aid', 'Irish Aid'),
    ('netherlands', 'Ministry of Foreign Affairs of the Netherlands'),
    ('france', 'Government of France'),
    ('aics', 'Italian Agency for Development Cooperation (AICS)'),
    ('canada', 'Global Affairs Canada'),
    ('belgium', 'Belgian Development Cooperation'),
    ('luxembourg', 'Government of Luxembourg'),
    ('finland', 'Ministry for Foreign Affairs of Finland'),
    ('undp', 'United Nations Development Programme (UNDP)'),
    ('unicef', 'United Nations Children''s Fund (UNICEF)'),
    ('world-bank', 'World Bank'),
    ('adb', 'Asian Development Bank'),
    ('joint-sdg-fund', 'Joint SDG Fund'),
    ('ikea-foundation', 'IKEA Foundation'),
    ('mohrss', 'Ministry of Human Resources and Social Security of China');

-- One more theme (12).
INSERT INTO theme (id, name, description) VALUES
    ('green-jobs', 'Green jobs and a just transition',
     'Decent work in the transition to environmentally sustainable economies and societies.');

-- Word pools ---------------------------------------------------------------------------------------

CREATE TEMP TABLE pool ON COMMIT DROP AS SELECT
    ARRAY['Promoting', 'Strengthening', 'Improving', 'Supporting', 'Advancing', 'Building', 'Extending',
          'Sustaining', 'Enhancing', 'Towards', 'Scaling up', 'Investing in', 'Accelerating', 'Protecting']
        AS verbs,
    ARRAY['decent work', 'social protection', 'labour rights', 'occupational safety and health',
          'responsible supply chains', 'sustainable enterprises', 'youth employment', 'collective bargaining',
          'gender equality at work', 'labour inspection', 'skills development and lifelong learning',
          'formal employment', 'fundamental principles and rights at work', 'green jobs', 'public employment services',
          'minimum wage systems', 'social dialogue and tripartism', 'the protection of migrant workers',
          'productivity and working conditions', 'the elimination of child labour', 'the prevention of forced labour',
          'universal social protection floors', 'employment-intensive investment', 'women''s entrepreneurship']
        AS topics,
    ARRAY['for workers in the informal economy', 'for small and medium enterprises', 'for women workers',
          'for young people', 'for migrant workers', 'for rural workers', 'for domestic workers',
          'for workers with disabilities', 'in global supply chains', 'in the garment sector',
          'in the construction sector', 'in agriculture', 'in the electronics sector', 'in the mining sector',
          'for platform workers', 'in export processing zones', 'for herders and rural households',
          'in the care economy']
        AS groups,
    ARRAY['', '', '', ' - Phase II', ' - Phase III', ' (pilot)', ' through tripartite cooperation',
          ' under the Decent Work Country Programme', ' and South-South cooperation', ' after the pandemic']
        AS suffixes,
    ARRAY['ILO and partners launch', 'New ILO report on', 'National workshop on', 'Tripartite dialogue on',
          'Ministers commit to', 'ILO welcomes progress on', 'Training course on', 'Conference discusses',
          'Employers and workers agree on', 'Government ratifies convention on', 'Study finds gaps in',
          'Project review highlights']
        AS headlines,
    ARRAY['The project', 'The programme', 'The ILO', 'The Government', 'The initiative', 'The national action plan',
          'Employers'' and workers'' organizations', 'The tripartite constituents', 'The new policy',
          'The training programme', 'The study', 'Local authorities', 'The Ministry of Labour',
          'Trade unions', 'Participating enterprises', 'The steering committee']
        AS subjects,
    ARRAY['supports', 'strengthens', 'promotes', 'improves', 'extends', 'assesses', 'reviews', 'builds capacity for',
          'develops tools for', 'monitors', 'raises awareness of', 'provides technical advice on', 'pilots',
          'documents good practices in', 'mainstreams']
        AS predicates,
    ARRAY['decent work for all', 'social protection coverage', 'the rights of workers', 'labour standards compliance',
          'occupational safety and health management systems', 'productivity in small and medium enterprises',
          'collective bargaining at enterprise and sector level', 'employment services for jobseekers',
          'skills recognition and vocational training', 'the transition from the informal to the formal economy',
          'gender equality and non-discrimination', 'the protection of migrant workers and their families',
          'responsible business conduct in supply chains', 'wage policies and minimum wage fixing',
          'labour inspection and enforcement', 'green jobs and a just transition', 'youth employment policies',
          'the elimination of child labour and forced labour', 'social dialogue institutions',
          'unemployment insurance and pension systems']
        AS objects,
    ARRAY['in line with international labour standards', 'with the social partners', 'at national and provincial level',
          'in selected industrial sectors', 'through tripartite consultations', 'in rural and urban areas',
          'with a focus on women and young people', 'in cooperation with other United Nations agencies',
          'based on evidence from surveys and research', 'across the region', 'with employers'' organizations',
          'together with trade unions', 'for the most vulnerable workers', 'over the coming years',
          'as part of the Sustainable Development Goals']
        AS tails;

CREATE FUNCTION pg_temp.pick(items text[]) RETURNS text
LANGUAGE sql VOLATILE AS $$ SELECT items[1 + floor(random() * array_length(items, 1))::int] $$;

-- A summary of about target characters, cut after a whole sentence (300-1,500 characters in all).
CREATE FUNCTION pg_temp.summary(p pool, target int) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    s text := '';
    sentence text;
BEGIN
    LOOP
        sentence := pg_temp.pick(p.subjects) || ' ' || pg_temp.pick(p.predicates) || ' ' || pg_temp.pick(p.objects)
                    || ' ' || pg_temp.pick(p.tails) || '.';
        EXIT WHEN length(s) + length(sentence) + 1 > target AND length(s) >= 300;
        s := s || CASE WHEN s = '' THEN '' ELSE ' ' END || sentence;
    END LOOP;
    RETURN s;
END;
$$;

-- A title of 60-120 characters, cut at a word boundary.
CREATE FUNCTION pg_temp.title(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(t) <= 120 THEN t ELSE rtrim(substring(left(t, 121) from '^(.*)\s'), ' -,') END
$$;

-- A slug of at most 100 characters, cut at a word boundary.
CREATE FUNCTION pg_temp.slug(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(s) <= 100 THEN s ELSE substring(left(s, 101) from '^(.*)-') END
      FROM (SELECT trim(both '-' from regexp_replace(lower(translate(t, 'ü’''', 'u')), '[^a-z0-9]+', '-', 'g')) AS s) x
$$;

-- The countries in a fixed order: China and Mongolia first (the office's own, the most projects).
CREATE TEMP TABLE country_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY code NOT IN ('CN', 'MN'), code) AS n, code, name FROM country;
CREATE TEMP TABLE funder_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM funder;
CREATE TEMP TABLE theme_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM theme;
CREATE TEMP TABLE partner_order ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM partner;

-- Projects -----------------------------------------------------------------------------------------
-- Each generated project: its main country (skewed: China and Mongolia most, then a long tail),
-- a start in 2007-2026, a duration of 6 months to 5 years.

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
  FROM generate_series(1, :rows - (SELECT count(*) FROM project)) AS g(n), pool p
 ORDER BY g.n;

CREATE TEMP TABLE gen_project_id ON COMMIT DROP AS
SELECT pg_temp.slug(t.title) || '-' || g.n AS id,
       t.title, g.*
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

INSERT INTO project (id, title, summary, start_date, end_date, status_override, region, funding_note,
                     last_updated)
SELECT g.id, g.title, g.summary, g.start_date, g.start_date + g.days,
       CASE WHEN g.r_status < 0.01 THEN 'cancelled' WHEN g.r_status < 0.015 THEN 'suspended' END,
       CASE WHEN g.r_shape < 0.03 THEN 'Asia and the Pacific' END,
       CASE WHEN g.r_status > 0.9 THEN 'Co-funded by the ILO Regular Budget Supplementary Account' END,
       timestamptz '2025-01-01 00:00:00+00' + g.n * interval '7 seconds'
  FROM gen_project_id g
 ORDER BY g.n;

-- Countries: none for the 3% regional programmes; else the main one, and for some one or two more.
INSERT INTO project_country (project_id, country_code)
SELECT DISTINCT x.id, c.code
  FROM (SELECT g.id, g.n, g.country_n AS k FROM gen_project_id g WHERE g.r_shape >= 0.03
        UNION ALL
        SELECT g.id, g.n, 1 + floor(50 * random())::int FROM gen_project_id g WHERE g.r_shape >= 0.75
        UNION ALL
        SELECT g.id, g.n, 1 + floor(50 * random())::int FROM gen_project_id g WHERE g.r_shape >= 0.93) x
  JOIN country_order c ON c.n = x.k
 ORDER BY 1, 2;

-- Funders: none for 30%, one for half, two for the rest (skewed towards the first ones).
INSERT INTO project_funder (project_id, funder_id)
SELECT DISTINCT x.id, f.id
  FROM (SELECT g.id, random() AS r FROM gen_project_id g ORDER BY g.n) s
 CROSS JOIN LATERAL (SELECT s.id, 1 + floor(30 * power(random(), 1.3))::int AS k
                      FROM generate_series(1, CASE WHEN s.r < 0.3 THEN 0 WHEN s.r < 0.8 THEN 1 ELSE 2 END)) x
  JOIN funder_order f ON f.n = x.k
 ORDER BY 1, 2;

-- Themes: one to three.
INSERT INTO project_theme (project_id, theme_id)
SELECT DISTINCT x.id, t.id
  FROM (SELECT g.id, 1 + floor(3 * random())::int AS k FROM gen_project_id g ORDER BY g.n) s
 CROSS JOIN LATERAL (SELECT s.id, 1 + floor(12 * random())::int AS k FROM generate_series(1, s.k)) x
  JOIN theme_order t ON t.n = x.k
 ORDER BY 1, 2;

-- Partners: one for a fifth of the projects.
INSERT INTO project_partner (project_id, partner_id)
SELECT DISTINCT s.id, o.id
  FROM (SELECT g.id, random() AS r, 1 + floor(9 * random())::int AS k FROM gen_project_id g ORDER BY g.n) s
  JOIN partner_order o ON o.n = s.k
 WHERE s.r < 0.2
 ORDER BY 1, 2;

-- Press releases -----------------------------------------------------------------------------------

CREATE TEMP TABLE gen_release ON COMMIT DROP AS
SELECT g.n,
       1 + floor(50 * power(random(), 1.5))::int AS country_n,
       random() AS r_shape,
       date '2007-01-01' + floor(random() * 7305)::int AS published_on,
       pg_temp.pick(p.headlines) AS headline, pg_temp.pick(p.topics) AS topic, pg_temp.pick(p.groups) AS grp,
       pg_temp.summary(p, 460 + floor(random() * 1040)::int) AS summary,
       random() AS r_credit
  FROM generate_series(1, :rows - (SELECT count(*) FROM press_release)) AS g(n), pool p
 ORDER BY g.n;

CREATE TEMP TABLE gen_release_id ON COMMIT DROP AS
SELECT pg_temp.slug(t.title) || '-' || g.n AS id,
       t.title, c.name AS country_name, g.*
  FROM gen_release g
  JOIN country_order c ON c.n = g.country_n
 CROSS JOIN LATERAL (
       SELECT pg_temp.title(CASE
                  WHEN length(s) >= 60 THEN s
                  ELSE s || ' with the social partners'
              END) AS title
         FROM (SELECT g.headline || ' ' || g.topic || ' ' || g.grp
                      || CASE WHEN g.r_shape < 0.1 THEN '' ELSE ' in ' || c.name END AS s) x) t
 ORDER BY g.n;
CREATE UNIQUE INDEX ON gen_release_id (n);

INSERT INTO press_release (id, title, published_on, summary, image_credit, last_updated)
SELECT g.id, g.title, g.published_on, g.summary,
       CASE WHEN g.r_credit < 0.1 THEN '© ILO/' || g.country_name || ' ' || extract(year FROM g.published_on) END,
       timestamptz '2025-06-01 00:00:00+00' + g.n * interval '7 seconds'
  FROM gen_release_id g
 ORDER BY g.n;

-- Countries: none for 10% (global news), else the main one and for some a second.
INSERT INTO press_release_country (press_release_id, country_code)
SELECT DISTINCT x.id, c.code
  FROM (SELECT g.id, g.n, g.country_n AS k FROM gen_release_id g WHERE g.r_shape >= 0.1
        UNION ALL
        SELECT g.id, g.n, 1 + floor(50 * random())::int FROM gen_release_id g WHERE g.r_shape >= 0.85) x
  JOIN country_order c ON c.n = x.k
 ORDER BY 1, 2;

INSERT INTO press_release_theme (press_release_id, theme_id)
SELECT DISTINCT x.id, t.id
  FROM (SELECT g.id, 1 + floor(3 * random())::int AS k FROM gen_release_id g ORDER BY g.n) s
 CROSS JOIN LATERAL (SELECT s.id, 1 + floor(12 * random())::int AS k FROM generate_series(1, s.k)) x
  JOIN theme_order t ON t.n = x.k
 ORDER BY 1, 2;

-- A third of the releases are about one or two generated projects.
INSERT INTO press_release_project (press_release_id, project_id)
SELECT DISTINCT x.id, p.id
  FROM (SELECT g.id, random() AS r FROM gen_release_id g ORDER BY g.n) s
 CROSS JOIN LATERAL (SELECT s.id, 1 + floor(random() * (SELECT count(*) FROM gen_project_id))::int AS k
                      FROM generate_series(1, CASE WHEN s.r < 0.25 THEN 1 WHEN s.r < 0.33 THEN 2 ELSE 0 END)) x
  JOIN gen_project_id p ON p.n = x.k
 ORDER BY 1, 2;

-- Change log: one upsert per generated row, like the seed, in id order ----------------------------

INSERT INTO change_log (seq, resource_type, resource_id, action, changed_at)
SELECT nextval('change_log_seq'), 'project', s.id, 'upsert', now()
  FROM (SELECT id FROM gen_project_id ORDER BY id) s;

INSERT INTO change_log (seq, resource_type, resource_id, action, changed_at)
SELECT nextval('change_log_seq'), 'pressRelease', s.id, 'upsert', now()
  FROM (SELECT id FROM gen_release_id ORDER BY id) s;

-- The secondary indexes again, exactly as they were.
DO $$
DECLARE
    ix record;
BEGIN
    FOR ix IN SELECT definition FROM bench_index ORDER BY name LOOP
        EXECUTE ix.definition;
    END LOOP;
END;
$$;

COMMIT;

-- What was generated.
SELECT (SELECT count(*) FROM project) AS projects,
       (SELECT count(*) FROM press_release) AS press_releases,
       (SELECT count(*) FROM country) AS countries,
       (SELECT count(*) FROM funder) AS funders,
       (SELECT count(*) FROM theme) AS themes,
       (SELECT count(DISTINCT extract(year FROM start_date)) FROM project) AS project_years,
       (SELECT min(length(title)) || '-' || max(length(title)) FROM project) AS title_lengths,
       (SELECT min(length(summary)) || '-' || max(length(summary)) FROM project WHERE id ~ '-[0-9]+$') AS summary_lengths,
       (SELECT count(*) FROM change_log) AS change_log;
