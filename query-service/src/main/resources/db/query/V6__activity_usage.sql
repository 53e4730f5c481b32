-- Read model "activities": how often and how recently each activity was practised. One row per activity
-- instance of a session that is not deleted; used_at is the session's start (its creation while unstarted).
-- The counts on the activity are computed from these rows when read.
create table activity_usage (
    instance_id uuid primary key,
    activity_id uuid        not null,
    session_id  uuid        not null,
    fractal_id  uuid        not null,
    used_at     timestamptz not null
);

create index activity_usage_activity_idx on activity_usage (activity_id);
create index activity_usage_session_idx on activity_usage (session_id);

create table activity_usage_session (
    session_id uuid primary key,
    fractal_id uuid        not null,
    used_at    timestamptz not null,
    deleted    boolean     not null default false
);

alter table activity drop column instance_count;
alter table activity drop column last_used_at;
