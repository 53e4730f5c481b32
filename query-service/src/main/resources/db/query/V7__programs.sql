-- Read model "programs": programs with their blocks and days, the sessions linked to program days (from the
-- session streams, for completion and the calendar) and the deadlines of goals (from the fractal streams).
-- program.version is the sequence number of the program's last applied event (blocks and days are in the same
-- stream); a deleted program keeps its row (deleted_at) so that no late event brings it back.
create table program (
    id          uuid primary key,
    fractal_id  uuid        not null,
    name        text        not null,
    description text,
    start_date  date        not null,
    end_date    date        not null,
    active      boolean     not null,
    goal_ids    jsonb       not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    deleted_at  timestamptz
);

create index program_fractal_newest_idx on program (fractal_id, created_at desc, id desc);

create table program_block (
    id         uuid primary key,
    program_id uuid       not null,
    name       text       not null,
    start_date date       not null,
    end_date   date       not null,
    color      varchar(7) not null
);

create index program_block_program_idx on program_block (program_id);

-- Goals attached to a block, in the order of attaching.
create table program_block_goal (
    block_id    uuid   not null,
    goal_id     uuid   not null,
    attached_at bigint not null,
    primary key (block_id, goal_id)
);

create table program_day (
    id           uuid primary key,
    program_id   uuid    not null,
    block_id     uuid    not null,
    name         text    not null,
    date         date,
    day_number   integer not null,
    template_ids jsonb   not null
);

create index program_day_block_idx on program_day (block_id);
create index program_day_program_idx on program_day (program_id);

-- Sessions created for a program day; version is the session's last applied sequence number. A deleted program,
-- block or day takes its rows along.
create table program_session (
    session_id     uuid primary key,
    fractal_id     uuid    not null,
    program_day_id uuid    not null,
    template_id    uuid,
    started_at     timestamptz,
    completed      boolean not null default false,
    deleted        boolean not null default false,
    version        bigint  not null
);

create index program_session_day_idx on program_session (program_day_id);

-- Deadlines of goals, for the calendar; version is the fractal stream's sequence number of the last change.
create table program_goal (
    goal_id    uuid primary key,
    fractal_id uuid    not null,
    deadline   date,
    deleted    boolean not null default false,
    version    bigint  not null
);

create index program_goal_fractal_idx on program_goal (fractal_id);
