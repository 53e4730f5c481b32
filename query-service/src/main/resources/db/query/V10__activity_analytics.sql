-- Read model "activity-analytics" (processing group "activity-analytics"): what the activity charts plot.
-- Each aggregate's row keeps the sequence number of its last applied event (version); an event at or below it is
-- skipped, so a redelivered event changes nothing. Deleted activities and sessions keep their row (deleted = true)
-- so that a redelivered creation cannot bring them back.

-- An activity's current definition. metrics: [{"metricId", "name", "unit", "topSet", "multiplicative"}] in order;
-- split_ids: the current split ids. Values recorded for metrics or splits removed since are ignored when read.
-- value_keys: [{"metricId", "splitId"}], every metric (and split) pair the activity ever had, never reordered or
-- removed; an instance stores a value under its pair's position here, which keeps a series of 5,000 instances a
-- few hundred kilobytes to read instead of megabytes of repeated ids.
create table analytics_activity (
    activity_id    uuid primary key,
    fractal_id     uuid    not null,
    name           text    not null,
    has_sets       boolean not null,
    has_splits     boolean not null,
    multiplicative boolean not null,
    metrics        jsonb   not null,
    split_ids      jsonb   not null,
    value_keys     jsonb   not null,
    version        bigint  not null,
    deleted        boolean not null default false
);

create index analytics_activity_fractal_idx on analytics_activity (fractal_id);

-- A session's time: its start, or its creation while it is not started.
create table analytics_activity_session (
    session_id uuid primary key,
    fractal_id uuid        not null,
    created_at timestamptz not null,
    at         timestamptz not null,
    version    bigint      not null,
    deleted    boolean     not null default false
);

create index analytics_activity_session_fractal_idx on analytics_activity_session (fractal_id);

-- One row per activity instance of a live session, with the session's time copied in, so that a series is one
-- index range scan. section_index and position keep the instance order within the session.
-- sets: [[key, value, key, value, …], …], one array per set, key the position in the activity's value_keys (blank
-- inputs left out); single_values: [key, value, …]. Plain json: it is read far more often than written, and json
-- is returned as stored, where jsonb would be converted on every read.
create table analytics_activity_instance (
    instance_id   uuid primary key,
    session_id    uuid        not null,
    fractal_id    uuid        not null,
    activity_id   uuid        not null,
    at            timestamptz not null,
    section_index integer     not null,
    position      integer     not null,
    sets          json        not null default '[]',
    single_values json        not null default '[]'
);

create index analytics_activity_instance_series_idx
    on analytics_activity_instance (activity_id, at, session_id, section_index, position);
create index analytics_activity_instance_usage_idx on analytics_activity_instance (fractal_id, activity_id, at);
create index analytics_activity_instance_session_idx on analytics_activity_instance (session_id, section_index, position);

-- Fractals deleted by FractalDeleted: their rows are gone, and this keeps a later event of theirs from adding any.
create table analytics_activity_deleted_fractal (
    fractal_id uuid primary key
);
