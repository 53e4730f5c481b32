-- Imports of a v1.2 file: one row per upload, with its progress and summary (refused rows, warnings, counts).
-- At most one import of a user runs at a time (the partial unique index); heartbeat_at moves while it runs, so
-- that an import whose service stopped under it can be told from one still working.
create table import_run (
    id           uuid primary key,
    owner_id     varchar(255) not null,
    -- the user who started it: the owner, or an admin who imported on the owner's behalf
    started_by   varchar(255) not null,
    status       varchar(16)  not null,
    processed    integer      not null default 0,
    total        integer      not null default 0,
    summary      jsonb        not null default '{}'::jsonb,
    failure      text,
    started_at   timestamptz  not null default now(),
    heartbeat_at timestamptz  not null default now(),
    finished_at  timestamptz
);

create unique index import_run_one_running_per_owner_idx on import_run (owner_id) where status = 'RUNNING';
create index import_run_owner_idx on import_run (owner_id);

-- The steps of imports that succeeded, per user: a step (a source row's creation, or a further command about it)
-- runs at most once however often the same file is imported. Written in the transaction of the step's events.
create table import_step (
    owner_id  varchar(255) not null,
    step_key  text         not null,
    import_id uuid         not null,
    done_at   timestamptz  not null default now(),
    primary key (owner_id, step_key)
);
