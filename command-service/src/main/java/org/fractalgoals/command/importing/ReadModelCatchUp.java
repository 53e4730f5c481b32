package org.fractalgoals.command.importing;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Tells when the query-service's read models hold an import's events. The command side cannot ask the query-service
 * directly, but both share the database: every read model's processor commits its position with its rows to the
 * token table ({@code query.tokenentry}, one row per processor and segment). Once every segment's token covers the
 * positions of the import's events (as a consistency token is checked on reads), every read model shows them.
 * Replays in progress ({@code *.replay}) are left out: their live processor stands for them.
 */
@Component
class ReadModelCatchUp {

    private static final Duration POLL = Duration.ofMillis(200);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String tokenTable;
    private final Duration timeout;

    ReadModelCatchUp(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                     @Value("${fractal.imports.read-models.token-table:query.tokenentry}") String tokenTable,
                     @Value("${fractal.imports.read-models.timeout:PT10M}") Duration timeout) {
        if (!tokenTable.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("fractal.imports.read-models.token-table must name a table");
        }
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tokenTable = tokenTable;
        this.timeout = timeout;
    }

    /**
     * Waits until every read model has processed the events at {@code positions}, calling {@code stillWaiting}
     * between looks (it may record a heartbeat; false gives up at once).
     *
     * @return null when they have; otherwise why the import cannot be called complete
     */
    String await(ConsistencyToken positions, BooleanSupplier stillWaiting) {
        if (positions.isEmpty()) {
            return null;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TrackingToken> tokens = tokens();
            if (tokens == null) {
                return "The read models cannot be found (no " + tokenTable + "), so the imported data may not be "
                        + "visible yet; is the query-service running on this database?";
            }
            if (!tokens.isEmpty() && tokens.stream().allMatch(positions::coveredBy)) {
                return null;
            }
            if (System.nanoTime() > deadline || !stillWaiting.getAsBoolean()) {
                return "Everything was imported, but the read models had not caught up after " + timeout.toSeconds()
                        + " s, so some of it may not be visible yet; nothing needs to be imported again";
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "The wait for the read models was interrupted (the service is stopping)";
            }
        }
    }

    /** Every segment's token, a segment that has not handled an event yet as null; null when there is no table. */
    private List<TrackingToken> tokens() {
        Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, tokenTable);
        if (!Boolean.TRUE.equals(exists)) {
            return null;
        }
        List<TrackingToken> tokens = new ArrayList<>();
        jdbc.query("select token, tokentype from " + tokenTable + " where processorname not like '%.replay'", rs -> {
            byte[] data = rs.getBytes(1);
            String type = rs.getString(2);
            tokens.add(data == null || type == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null))));
        });
        return tokens;
    }
}
