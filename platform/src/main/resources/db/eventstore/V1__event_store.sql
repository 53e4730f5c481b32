-- Axon's JDBC event storage with its default table and column names, on PostgreSQL types:
-- payloads and metadata as BYTEA, the global index from a sequence (gaps are tracked by Axon's
-- GapAwareTrackingToken), and one event per (aggregate, sequence number).
create table domainevententry (
    globalindex         bigserial    not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    constraint domainevententry_pkey primary key (globalindex),
    constraint domainevententry_aggregate_sequence_key unique (aggregateidentifier, sequencenumber),
    constraint domainevententry_eventidentifier_key unique (eventidentifier)
);

-- Axon finds the token for a point in time (createTokenAt) by storage timestamp.
create index domainevententry_timestamp_idx on domainevententry (timestamp);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    constraint snapshotevententry_pkey primary key (aggregateidentifier, sequencenumber),
    constraint snapshotevententry_eventidentifier_key unique (eventidentifier)
);

-- One data key per user, wrapped by the master key named in master_key_id. Erasure destroys a key by
-- clearing wrapped_key and stamping destroyed_at; the row stays as the tombstone of that user id.
create table user_data_key (
    owner_id      varchar(255) not null primary key,
    wrapped_key   bytea,
    master_key_id varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    destroyed_at  timestamptz,
    constraint user_data_key_destroyed_has_no_key check (destroyed_at is null or wrapped_key is null)
);

-- Readers in other processes learn of new events at commit time instead of on their next poll.
create function notify_events_appended() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('fractal_events_appended', '');
    return null;
end
$$;

create trigger domainevententry_appended
    after insert on domainevententry
    for each statement
execute function notify_events_appended();
