-- Read model "goal-analytics": what the goal analytics need of goals and sessions, nothing more. Answers are
-- computed in memory from one fractal's goals and its session links, so every table is indexed by fractal.

-- The last applied event of each fractal's stream (goal events at or below it are skipped), and whether the
-- fractal was deleted, so that a redelivered event of a deleted fractal brings nothing back.
create table analytics_goal_fractal (
    fractal_id uuid primary key,
    version    bigint  not null,
    deleted    boolean not null default false
);

-- Live goals only; a deleted goal's row goes.
create table analytics_goal_goal (
    id           uuid primary key,
    fractal_id   uuid        not null,
    parent_id    uuid,
    level        varchar(16) not null,
    name         text        not null,
    created_at   timestamptz not null,
    -- set while the goal is completed
    completed_at timestamptz
);

create index analytics_goal_goal_fractal_idx on analytics_goal_goal (fractal_id);

-- Deleted goals, so that a session event applied after the goal's deletion does not link it again.
create table analytics_goal_removed_goal (
    goal_id    uuid primary key,
    fractal_id uuid not null
);

create index analytics_goal_removed_goal_fractal_idx on analytics_goal_removed_goal (fractal_id);

-- version is the sequence number of the session's last applied event. A deleted session keeps its row
-- (deleted = true, without instances or links) so that a redelivered event cannot bring it back.
create table analytics_goal_session (
    id            uuid primary key,
    fractal_id    uuid    not null,
    version       bigint  not null,
    deleted       boolean not null default false,
    -- the sum of the durations of the session's timed instances, kept on every change of an instance
    timed_seconds bigint  not null default 0
);

create index analytics_goal_session_fractal_idx on analytics_goal_session (fractal_id);

-- An instance is timed when both its start and stop are known; duration_seconds is the one its events gave.
create table analytics_goal_instance (
    id               uuid primary key,
    session_id       uuid not null references analytics_goal_session (id) on delete cascade,
    started_at       timestamptz,
    stopped_at       timestamptz,
    duration_seconds bigint
);

create index analytics_goal_instance_session_idx on analytics_goal_instance (session_id);

create table analytics_goal_link (
    session_id uuid not null references analytics_goal_session (id) on delete cascade,
    goal_id    uuid not null,
    fractal_id uuid not null,
    primary key (session_id, goal_id)
);

create index analytics_goal_link_fractal_idx on analytics_goal_link (fractal_id);
create index analytics_goal_link_goal_idx on analytics_goal_link (goal_id);
