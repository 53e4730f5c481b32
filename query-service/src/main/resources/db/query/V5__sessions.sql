-- Read model "sessions": sessions with their sections, activity instances, goal links and achieved targets.
-- session.version is the sequence number of the session's last applied event (its ETag); an event at or
-- below it is skipped. Deleted sessions keep their row (deleted = true) so that a redelivered event cannot
-- bring them back; reads hide them.
create table session (
    id               uuid primary key,
    fractal_id       uuid         not null,
    owner_id         varchar(255) not null,
    name             text,
    description      text,
    template_id      uuid,
    program_day_id   uuid,
    started_at       timestamptz,
    ended_at         timestamptz,
    planned_minutes  integer,
    completed        boolean      not null default false,
    completed_at     timestamptz,
    -- end − start in whole seconds, set by completion
    duration_seconds bigint,
    deleted          boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    -- the list's order: the start, or the creation time of a session not started
    sort_at          timestamptz  not null,
    version          bigint       not null
);

create index session_list_idx on session (fractal_id, sort_at desc, id desc) where not deleted;

create table session_section (
    session_id      uuid    not null references session (id) on delete cascade,
    section_index   integer not null,
    name            text,
    planned_minutes integer,
    primary key (session_id, section_index)
);

create table session_instance (
    id            uuid primary key,
    session_id    uuid        not null references session (id) on delete cascade,
    section_index integer     not null,
    position      integer     not null,
    activity_id   uuid        not null,
    started_at    timestamptz,
    stopped_at    timestamptz,
    -- [{"values": [{"metricId", "splitId", "value"}]}]
    sets          jsonb       not null default '[]',
    -- [{"metricId", "splitId", "value"}]
    single_values jsonb       not null default '[]',
    notes         text,
    created_at    timestamptz not null
);

create index session_instance_session_idx on session_instance (session_id, section_index, position);

create table session_goal (
    session_id uuid not null references session (id) on delete cascade,
    goal_id    uuid not null,
    primary key (session_id, goal_id)
);

create index session_goal_goal_idx on session_goal (goal_id);

-- From the goal streams: the targets' names, and which session achieved which target. No foreign key to
-- session: a target's events and a session's events may be applied in either order.
create table session_target (
    id         uuid primary key,
    fractal_id uuid not null,
    goal_id    uuid not null,
    name       text not null
);

create index session_target_fractal_idx on session_target (fractal_id);

create table session_achieved_target (
    session_id  uuid        not null,
    target_id   uuid        not null,
    goal_id     uuid        not null,
    fractal_id  uuid        not null,
    achieved_at timestamptz not null,
    primary key (session_id, target_id)
);

create index session_achieved_target_target_idx on session_achieved_target (target_id);
create index session_achieved_target_fractal_idx on session_achieved_target (fractal_id);

-- The last applied event of each fractal's stream (idempotency), and whether the fractal was deleted.
create table session_fractal (
    fractal_id uuid primary key,
    version    bigint  not null,
    deleted    boolean not null default false
);

-- Deleted goals, so that a session event applied after the goal's deletion does not link it again.
create table session_removed_goal (
    goal_id    uuid primary key,
    fractal_id uuid not null
);

-- Read model "notes". version is the sequence number of the note's last applied event.
create table note (
    id         uuid primary key,
    fractal_id uuid         not null,
    owner_id   varchar(255) not null,
    context    varchar(16)  not null,
    context_id uuid         not null,
    session_id uuid,
    text       text         not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null
);

create index note_fractal_idx on note (fractal_id, created_at desc, id desc);
create index note_context_idx on note (context_id, created_at desc, id desc);
create index note_session_idx on note (session_id);

-- Ids whose notes are gone: deleted notes, sessions, removed instances, deleted goals and fractals. A note
-- event applied after the deletion of what it is about finds it here and is not shown.
create table note_hidden (
    id uuid primary key
);
