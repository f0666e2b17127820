-- Editing: the audit trail, and search over translated titles and summaries.

CREATE TABLE audit_log (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL,
    editor        text NOT NULL,
    action        text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    resource_type text NOT NULL CHECK (resource_type IN ('project', 'pressRelease', 'office')),
    resource_id   text NOT NULL,
    before        jsonb,
    after         jsonb
);
CREATE INDEX audit_log_resource_idx ON audit_log (resource_type, resource_id, id);
CREATE INDEX audit_log_editor_idx ON audit_log (editor, id);

-- Chinese has no spaces between words, so a text-search parser cannot split it; translated titles
-- and summaries (zh, mn) are matched as substrings instead, served by a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE project ADD COLUMN translated_text text GENERATED ALWAYS AS (
    coalesce(translations -> 'zh' ->> 'title', '') || ' ' || coalesce(translations -> 'zh' ->> 'summary', '') || ' '
    || coalesce(translations -> 'mn' ->> 'title', '') || ' ' || coalesce(translations -> 'mn' ->> 'summary', '')
) STORED;
CREATE INDEX project_translated_text_idx ON project USING gin (translated_text gin_trgm_ops);

ALTER TABLE press_release ADD COLUMN translated_text text GENERATED ALWAYS AS (
    coalesce(translations -> 'zh' ->> 'title', '') || ' ' || coalesce(translations -> 'zh' ->> 'summary', '') || ' '
    || coalesce(translations -> 'mn' ->> 'title', '') || ' ' || coalesce(translations -> 'mn' ->> 'summary', '')
) STORED;
CREATE INDEX press_release_translated_text_idx ON press_release USING gin (translated_text gin_trgm_ops);

CREATE OR REPLACE VIEW search_document AS
SELECT 'project' AS type, p.id, p.title, p.summary, p.start_date AS date, p.last_updated, p.search,
       p.translated_text
  FROM project p
UNION ALL
SELECT 'pressRelease', r.id, r.title, r.summary, r.published_on, r.last_updated, r.search, r.translated_text
  FROM press_release r;
