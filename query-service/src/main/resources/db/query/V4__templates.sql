-- Read model "templates": a fractal's session templates. version is the sequence number of the template's
-- last applied event; deleted templates keep their row (deleted_at) so that no late event brings them back.
create table session_template (
    id            uuid primary key,
    fractal_id    uuid        not null,
    name          text        not null,
    description   text,
    sections      jsonb       not null,
    total_minutes integer     not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    deleted_at    timestamptz
);

create index session_template_fractal_newest_idx on session_template (fractal_id, created_at desc, id desc);
