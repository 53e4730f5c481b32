-- Read model "goal-history": the audit trail of each goal, one row per event of the goal or its targets, with
-- what changed and who acted. The processor starts from the first event, so the history of goals created
-- before this table existed is complete too.

-- goal_history_fractal.version is the sequence number of the fractal's last applied event: an event at or below
-- it is skipped, so redelivery changes nothing. A deleted fractal keeps this row (deleted = true) and nothing
-- else, so that no redelivered event writes its history again.
create table goal_history_fractal (
    fractal_id uuid primary key,
    owner_id   varchar(255) not null,
    version    bigint       not null,
    deleted    boolean      not null default false
);

-- One row per event and goal: a GoalDeleted appears in the history of every goal it removed. sequence is the
-- event's sequence number in the fractal's stream, which orders a goal's history.
create table goal_history (
    fractal_id  uuid         not null,
    goal_id     uuid         not null,
    sequence    bigint       not null,
    event_type  varchar(64)  not null,
    occurred_at timestamptz  not null,
    actor       varchar(255) not null,
    change      jsonb        not null,
    primary key (fractal_id, goal_id, sequence)
);

-- The current values of goals and targets as {field: value}, named as in the history's changes: the "before" of
-- the next change. Rows of deleted goals and removed targets are dropped; their history stays.
create table goal_history_goal (
    fractal_id uuid  not null,
    goal_id    uuid  not null,
    fields     jsonb not null,
    primary key (fractal_id, goal_id)
);

create table goal_history_target (
    fractal_id uuid  not null,
    target_id  uuid  not null,
    goal_id    uuid  not null,
    fields     jsonb not null,
    primary key (fractal_id, target_id)
);

create index goal_history_target_goal_idx on goal_history_target (fractal_id, goal_id);
