-- What the command side knows of activities without reading their texts: which exist in which fractal and
-- what can be recorded for them (ActivityLookup). Kept by the subscribing "activity-lookup" projection in the
-- transaction that appends the events. No names here: texts live only in the (encrypted) events.
create table activity_ref (
    activity_id uuid primary key,
    fractal_id  uuid    not null,
    has_sets    boolean not null,
    has_splits  boolean not null,
    has_metrics boolean not null,
    metric_ids  uuid[]  not null,
    split_ids   uuid[]  not null,
    deleted     boolean not null default false
);

create index activity_ref_fractal_idx on activity_ref (fractal_id);

-- The live activity groups of each fractal, so that an activity can only be put in an existing group.
create table activity_group_ref (
    group_id   uuid primary key,
    fractal_id uuid not null
);

create index activity_group_ref_fractal_idx on activity_group_ref (fractal_id);
