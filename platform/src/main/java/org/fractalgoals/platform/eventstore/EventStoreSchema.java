package org.fractalgoals.platform.eventstore;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;

/**
 * Migrates the shared {@code eventstore} schema (events, snapshots, users' data keys). Both services run
 * it on start; Flyway's lock makes the second wait for the first, and the history table is the schema's own.
 */
public class EventStoreSchema implements InitializingBean {

    public static final String SCHEMA = "eventstore";
    private final DataSource dataSource;

    public EventStoreSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
              .dataSource(dataSource)
              .schemas(SCHEMA)
              .defaultSchema(SCHEMA)
              .table("flyway_schema_history")
              .locations("classpath:db/eventstore")
              .load()
              .migrate();
    }
}
