-- Partner API keys and the rate-limit counters every replica shares.

CREATE TABLE api_key (
    id                text PRIMARY KEY CHECK (is_slug(id)),
    name              text NOT NULL,
    contact           text NOT NULL,
    quota_per_minute  integer NOT NULL CHECK (quota_per_minute > 0),
    -- SHA-256 of the secret; the secret itself is shown once, at creation, and never stored.
    key_hash          bytea NOT NULL UNIQUE,
    key_prefix        text NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    revoked_at        timestamptz
);

-- Requests per client and one-minute window. Replicas count locally and add their counts here a few
-- times a second, reading back the total; rows are disposable, so the table is unlogged.
CREATE UNLOGGED TABLE rate_limit_window (
    client       text NOT NULL,
    window_start timestamptz NOT NULL,
    count        bigint NOT NULL,
    PRIMARY KEY (client, window_start)
);
