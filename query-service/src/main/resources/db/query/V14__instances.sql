-- Operational table (not a read model, never replayed): the query-service instances that run now. Each one
-- refreshes its row every few seconds and deletes it when it stops; the segment balancer counts the rows with a
-- recent heartbeat to know how many instances share the event processing.
create table service_instance (
    node_id      varchar(255) primary key,
    started_at   timestamptz  not null default now(),
    heartbeat_at timestamptz  not null default now()
);
