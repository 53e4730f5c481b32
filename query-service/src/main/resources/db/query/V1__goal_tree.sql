-- Axon's token store, beside the read models so that a batch's rows and its token commit together.
create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

-- Read model "goal-tree". version is the sequence number of the fractal's last applied event.
create table fractal (
    id         uuid primary key,
    owner_id   varchar(255) not null,
    created_at timestamptz  not null,
    version    bigint       not null
);

create index fractal_owner_newest_idx on fractal (owner_id, created_at desc, id desc);

create table goal (
    id           uuid primary key,
    fractal_id   uuid        not null references fractal (id) on delete cascade,
    parent_id    uuid,
    level        varchar(16) not null,
    name         text        not null,
    description  text,
    deadline     date,
    relevance    text,
    completed    boolean     not null default false,
    completed_at timestamptz,
    created_at   timestamptz not null
);

create index goal_fractal_idx on goal (fractal_id);
