-- Read model "goal-tree" follows every event of the Fractal aggregate from now on. Rows written so far were
-- built by a projection that knew only FractalCreated and GoalCreated, and the new per-goal version cannot be
-- derived from them. So the read model is rebuilt: its rows and its processor's tokens are dropped here, and
-- the processor replays the event store from the first event when it starts (no token = replay from the start).
delete from goal;
delete from fractal;
delete from tokenentry where processorname = 'goal-tree';

-- occurredAt of the fractal's last applied event.
alter table fractal add column updated_at timestamptz not null;

-- Sequence number of the last event that touched the goal or its targets (the goal's ETag).
alter table goal add column version bigint not null;
-- MANUAL or TARGETS while completed, null otherwise.
alter table goal add column completion_source varchar(16);

create table goal_target (
    id                     uuid primary key,
    goal_id                uuid        not null references goal (id) on delete cascade,
    fractal_id             uuid        not null,
    name                   text        not null,
    activity_id            uuid,
    -- [{"metricId": uuid, "operator": "GTE|GT|LTE|LT|EQ", "value": number}]
    thresholds             jsonb       not null default '[]',
    achieved               boolean     not null default false,
    achieved_at            timestamptz,
    achieved_in_session_id uuid,
    created_at             timestamptz not null
);

-- A tree's targets are read in one query per fractal; the goal index serves the cascade from goal.
create index goal_target_fractal_idx on goal_target (fractal_id);
create index goal_target_goal_idx on goal_target (goal_id);

-- Fractals deleted by FractalDeleted, with the sequence number of that event. The fractal row is gone, so
-- this is what keeps a redelivered FractalCreated from bringing a deleted fractal back.
create table deleted_fractal (
    id         uuid primary key,
    version    bigint      not null,
    deleted_at timestamptz not null
);
