-- The program days that exist, so that a session created with a programDayId can be checked (ids only).
create table program_day_ref (
    day_id     uuid primary key,
    fractal_id uuid not null
);

create index program_day_ref_fractal_idx on program_day_ref (fractal_id);

-- Days stored before this table existed; a subscribing processor only sees new events.
do
$$
begin
    if to_regclass('eventstore.domainevententry') is null then
        return;
    end if;

    insert into program_day_ref (day_id, fractal_id)
    select (p ->> 'dayId')::uuid, (p ->> 'fractalId')::uuid
    from (select convert_from(payload, 'UTF8')::jsonb as p
          from eventstore.domainevententry
          where payloadtype = 'org.fractalgoals.events.program.ProgramDayAdded') added
    on conflict do nothing;

    delete from program_day_ref
    where day_id in (select (convert_from(payload, 'UTF8')::jsonb ->> 'dayId')::uuid
                     from eventstore.domainevententry
                     where payloadtype = 'org.fractalgoals.events.program.ProgramDayDeleted')
       or day_id in (select jsonb_array_elements_text(convert_from(payload, 'UTF8')::jsonb -> 'dayIds')::uuid
                     from eventstore.domainevententry
                     where payloadtype in ('org.fractalgoals.events.program.ProgramDeleted',
                                           'org.fractalgoals.events.program.ProgramBlockDeleted'))
       or fractal_id in (select (convert_from(payload, 'UTF8')::jsonb ->> 'fractalId')::uuid
                         from eventstore.domainevententry
                         where payloadtype = 'org.fractalgoals.events.goal.FractalDeleted');
end
$$;
