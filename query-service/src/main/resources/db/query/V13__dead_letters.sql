-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue) for the live projections: events a projection could not
-- handle, and the later events of the same aggregate that wait behind them. Not a read model: a replay neither
-- rebuilds nor swaps this table (ReadModelCatalogue.OPERATIONAL_TABLES).
--
-- Columns, types and indexes are those of Axon 4.13's GenericDeadLetterTableFactory for the default DeadLetterSchema,
-- with PostgreSQL's bytea for its BLOB columns (Axon writes them with setBytes) and Axon's VARCHAR(255) for the
-- timestamp columns (Axon writes ISO-8601 text and compares it as text). Only the constraint names differ: Axon's
-- "PK" would be a schema-wide index name. Payload and metadata are written by the event serializer, so personal
-- text stays encrypted here exactly as in the event store.
create table deadletterentry (
    deadletteridentifier varchar(255)  not null,
    processinggroup      varchar(255)  not null,
    sequenceidentifier   varchar(255)  not null,
    sequenceindex        bigint        not null,
    messagetype          varchar(255)  not null,
    eventidentifier      varchar(255)  not null,
    timestamp            varchar(255)  not null,
    payloadtype          varchar(255)  not null,
    payloadrevision      varchar(255),
    payload              bytea         not null,
    metadata             bytea,
    type                 varchar(255),
    aggregateidentifier  varchar(255),
    sequencenumber       bigint,
    tokentype            varchar(255),
    token                bytea,
    enqueuedat           varchar(255)  not null,
    lasttouched          varchar(255),
    processingstarted    varchar(255),
    causetype            varchar(255),
    causemessage         varchar(1023),
    diagnostics          bytea,
    constraint deadletterentry_pkey primary key (deadletteridentifier),
    constraint sequenceindex_index unique (processinggroup, sequenceidentifier, sequenceindex)
);

create index processinggroup_index on deadletterentry (processinggroup);
create index sequenceidentifier_index on deadletterentry (processinggroup, sequenceidentifier);
