-- Read model "session-analytics": one small row per session, enough to count sessions, sum and histogram their
-- durations and find practice days in any time zone. The analytics endpoints read all rows of one fractal and fold
-- them in Java, because days, ISO weeks and months are local to a zone the caller names.
-- version is the sequence number of the session's last applied event; an event at or below it is skipped.
-- A deleted session keeps its row (deleted = true) so that a redelivered event cannot bring it back.
create table analytics_session (
    session_id       uuid primary key,
    fractal_id       uuid        not null,
    created_at       timestamptz not null,
    started_at       timestamptz,
    -- the session time: the start, or the creation while the session is not started
    session_at       timestamptz not null,
    completed        boolean     not null default false,
    -- end − start in whole seconds, set by completion and cleared by reopening
    duration_seconds bigint,
    deleted          boolean     not null default false,
    version          bigint      not null
);

-- Covers every read: the live sessions of one fractal with all the columns the folds need.
create index analytics_session_fractal_idx on analytics_session (fractal_id)
    include (session_at, completed, duration_seconds) where not deleted;

-- Deleted fractals, so that a session event applied after its fractal's deletion inserts nothing.
create table analytics_session_deleted_fractal (
    fractal_id uuid primary key
);
