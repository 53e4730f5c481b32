-- Which sessions are linked to which program days, kept by the subscribing processor "program-directory" in the
-- transaction that appends the events: for the count a program deletion answers and for unscheduling. Ids and
-- flags only. A deleted program, block or day takes its rows along (its sessions lose their link).
create table program_day_session (
    session_id     uuid primary key,
    program_day_id uuid    not null,
    fractal_id     uuid    not null,
    deleted        boolean not null default false
);

create index program_day_session_day_idx on program_day_session (program_day_id);
create index program_day_session_fractal_idx on program_day_session (fractal_id);

-- Sessions created before this migration with a programDayId (stored as given then): a subscribing processor
-- sees only new events. Their ids are not encrypted. No program events exist before this migration.
do
$$
begin
    if to_regclass('eventstore.domainevententry') is null then
        return;
    end if;

    insert into program_day_session (session_id, program_day_id, fractal_id)
    select (p ->> 'sessionId')::uuid, (p ->> 'programDayId')::uuid, (p ->> 'fractalId')::uuid
    from (select convert_from(payload, 'UTF8')::jsonb as p
          from eventstore.domainevententry
          where payloadtype = 'org.fractalgoals.events.session.SessionCreated') created
    where p ->> 'programDayId' is not null
    on conflict do nothing;

    update program_day_session set deleted = true
    where session_id in (select (convert_from(payload, 'UTF8')::jsonb ->> 'sessionId')::uuid
                         from eventstore.domainevententry
                         where payloadtype = 'org.fractalgoals.events.session.SessionDeleted');
end
$$;
