-- Who owns each fractal, for the ownership check that runs before a command is even read.
create table fractal_owner (
    fractal_id uuid primary key,
    owner_id   varchar(255) not null
);

-- Idempotency-Key records: one per (user, key), holding the request hash and the first answer.
create table idempotency_record (
    owner_id          varchar(255) not null,
    idempotency_key   uuid         not null,
    request_hash      char(64)     not null,
    status            integer,
    location          text,
    body              text,
    consistency_token text,
    created_at        timestamptz  not null default now(),
    expires_at        timestamptz  not null,
    primary key (owner_id, idempotency_key)
);

create index idempotency_record_expires_at_idx on idempotency_record (expires_at);
