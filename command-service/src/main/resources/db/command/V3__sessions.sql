-- What session and note commands look up, kept by the subscribing processor "session-directory" in the
-- transaction that appends the events. Ids and flags only: no texts.

-- Goals that sessions may be linked to and notes written about.
create table goal_ref (
    id         uuid primary key,
    fractal_id uuid        not null,
    level      varchar(16) not null,
    completed  boolean     not null default false,
    deleted    boolean     not null default false
);

create index goal_ref_fractal_idx on goal_ref (fractal_id);

-- Sessions and their activity instances, for notes and for telling a missing session (404) from a rule.
create table session_ref (
    id         uuid primary key,
    fractal_id uuid    not null,
    deleted    boolean not null default false
);

create index session_ref_fractal_idx on session_ref (fractal_id);

create table instance_ref (
    id         uuid primary key,
    session_id uuid    not null,
    fractal_id uuid    not null,
    removed    boolean not null default false
);

create index instance_ref_session_idx on instance_ref (session_id);

-- Goals created before this migration: a subscribing processor sees only new events, so goal_ref starts from
-- the goal events already in the event store (their ids and levels are not encrypted). On a new database the
-- event store is empty or not there yet, and nothing happens.
do
$$
begin
    if to_regclass('eventstore.domainevententry') is null then
        return;
    end if;

    insert into goal_ref (id, fractal_id, level)
    select (p ->> 'goalId')::uuid, (p ->> 'fractalId')::uuid, p ->> 'level'
    from (select convert_from(payload, 'UTF8')::jsonb as p
          from eventstore.domainevententry
          where payloadtype = 'org.fractalgoals.events.goal.GoalCreated') created
    on conflict do nothing;

    update goal_ref set deleted = true
    where id in (select jsonb_array_elements_text(convert_from(payload, 'UTF8')::jsonb -> 'removedGoalIds')::uuid
                 from eventstore.domainevententry
                 where payloadtype = 'org.fractalgoals.events.goal.GoalDeleted')
       or fractal_id in (select (convert_from(payload, 'UTF8')::jsonb ->> 'fractalId')::uuid
                         from eventstore.domainevententry
                         where payloadtype = 'org.fractalgoals.events.goal.FractalDeleted');

    -- Completed when the goal's last completion event is GoalCompleted.
    update goal_ref g set completed = true
    from (select distinct on (goal_id) goal_id, payloadtype
          from (select (convert_from(payload, 'UTF8')::jsonb ->> 'goalId')::uuid as goal_id, payloadtype, globalindex
                from eventstore.domainevententry
                where payloadtype in ('org.fractalgoals.events.goal.GoalCompleted',
                                      'org.fractalgoals.events.goal.GoalUncompleted')) completions
          order by goal_id, globalindex desc) last
    where last.goal_id = g.id and last.payloadtype = 'org.fractalgoals.events.goal.GoalCompleted';
end
$$;

-- Notes, so that a missing or deleted note answers 404 before its body is read (kept by "note-directory").
create table note_ref (
    id         uuid primary key,
    fractal_id uuid    not null,
    deleted    boolean not null default false
);
