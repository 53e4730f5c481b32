-- Read model "accounts": each user's account (the terms they accepted last), and the owner index: which aggregate
-- belongs to whom, so that a user's export reads exactly their streams. version is the sequence number of the
-- account stream's last applied event; an event at or below it is skipped.
create table account (
    owner_id          varchar(255) primary key,
    terms_version     text         not null,
    terms_accepted_at timestamptz  not null,
    version           bigint       not null
);

-- One row per aggregate of an owner, from every owned event: its type as the event store names it, the fractal it
-- belongs to (null for the account itself), the first and last sequence numbers seen, and the business time of
-- its first event. An aggregate belongs to the owner of the first event indexed for it.
create table owner_aggregate (
    aggregate_id   varchar(255) primary key,
    owner_id       varchar(255) not null,
    aggregate_type varchar(255) not null,
    fractal_id     uuid,
    first_sequence bigint       not null,
    last_sequence  bigint       not null,
    created_at     timestamptz  not null
);

create index owner_aggregate_owner_idx on owner_aggregate (owner_id, fractal_id, aggregate_type, created_at, aggregate_id);

-- Read model "notes": an erasure removes the rows of the owner's fractals, so every hidden id now names its fractal.
-- Ids hidden so far do not, and cannot be told from the table, so the read model is rebuilt: its rows and its
-- processor's token are dropped here, and the processor reads the event store from the first event when it starts.
delete from note;
delete from note_hidden;
delete from tokenentry where processorname = 'notes';

alter table note_hidden add column fractal_id uuid not null;

create index note_hidden_fractal_idx on note_hidden (fractal_id);
