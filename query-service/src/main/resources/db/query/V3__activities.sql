-- Read model "activities" (processing group "activities"): a fractal's activity groups and activity definitions.

-- A fractal's groups come from one aggregate; version is the sequence number of its last applied event (the
-- ETag of the group list). Every group event at or below it is skipped.
create table activity_group_set (
    fractal_id uuid primary key,
    owner_id   varchar(255) not null,
    version    bigint       not null
);

create table activity_group (
    id          uuid primary key,
    fractal_id  uuid        not null references activity_group_set (fractal_id) on delete cascade,
    name        text        not null,
    description text,
    -- Order key; the API numbers the groups 0, 1, 2, … in this order.
    position    integer     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create index activity_group_fractal_idx on activity_group (fractal_id, position);

-- One row per activity, kept (deleted = true) after ActivityDeleted so that a redelivered event cannot bring
-- it back. version is the sequence number of the activity's last applied event (its ETag). group_id is what
-- the activity's last event said; a group deleted since reads as none.
create table activity (
    id             uuid primary key,
    fractal_id     uuid         not null,
    owner_id       varchar(255) not null,
    name           text         not null,
    description    text,
    group_id       uuid,
    has_sets       boolean      not null,
    has_splits     boolean      not null,
    has_metrics    boolean      not null,
    multiplicative boolean      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    deleted        boolean      not null default false,
    -- Usage, filled once sessions record instances of the activity.
    instance_count integer      not null default 0,
    last_used_at   timestamptz
);

create index activity_fractal_idx on activity (fractal_id);

create table activity_metric (
    id             uuid primary key,
    activity_id    uuid    not null references activity (id) on delete cascade,
    position       integer not null,
    name           text    not null,
    unit           text    not null,
    top_set        boolean not null,
    multiplicative boolean not null
);

create index activity_metric_activity_idx on activity_metric (activity_id);

create table activity_split (
    id          uuid primary key,
    activity_id uuid    not null references activity (id) on delete cascade,
    position    integer not null,
    name        text    not null
);

create index activity_split_activity_idx on activity_split (activity_id);

-- Metrics and splits an edit removed, so that values recorded for them earlier keep their labels.
create table activity_removed_metric (
    id          uuid primary key,
    activity_id uuid        not null references activity (id) on delete cascade,
    name        text        not null,
    unit        text        not null,
    removed_at  timestamptz not null
);

create index activity_removed_metric_activity_idx on activity_removed_metric (activity_id);

create table activity_removed_split (
    id          uuid primary key,
    activity_id uuid        not null references activity (id) on delete cascade,
    name        text        not null,
    removed_at  timestamptz not null
);

create index activity_removed_split_activity_idx on activity_removed_split (activity_id);

-- Fractals deleted by FractalDeleted. Their activities and groups are deleted; this keeps a redelivered event
-- of theirs from bringing them back.
create table activity_deleted_fractal (
    fractal_id uuid primary key,
    deleted_at timestamptz not null
);
