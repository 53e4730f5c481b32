package org.fractalgoals.command.dispatch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers, per user and {@code Idempotency-Key}, the hash of the request and the response it got. Rows are
 * written in the command's own transaction: a duplicate arriving while the first is in flight waits on the
 * primary key and then sees the committed answer; if the first failed, nothing was recorded and the
 * duplicate runs as if it were first.
 */
@Component
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, @Value("${fractal.idempotency.retention:PT24H}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /**
     * Claims the key for this request, or returns what an earlier request with the key stored. One statement:
     * a new key is inserted, an expired record of the key is taken over as if it were new, a live one is left
     * alone (and read below).
     */
    Optional<StoredCommand> claim(String ownerId, UUID key, String requestHash) {
        int inserted = jdbc.update(
                "insert into idempotency_record (owner_id, idempotency_key, request_hash, expires_at) "
                        + "values (?, ?, ?, now() + make_interval(secs => ?)) "
                        + "on conflict (owner_id, idempotency_key) do update set request_hash = excluded.request_hash, "
                        + "status = null, location = null, body = null, consistency_token = null, created_at = now(), "
                        + "expires_at = excluded.expires_at where idempotency_record.expires_at < now()",
                ownerId, key, requestHash, retention.toSeconds());
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("select request_hash, status, location, body, consistency_token from idempotency_record "
                                  + "where owner_id = ? and idempotency_key = ?",
                          (rs, n) -> new StoredCommand(rs.getString(1), rs.getInt(2), rs.getString(3),
                                                       rs.getString(4), rs.getString(5)),
                          ownerId, key)
                   .stream().findFirst();
    }

    void complete(String ownerId, UUID key, StoredCommand command) {
        jdbc.update("update idempotency_record set status = ?, location = ?, body = ?, consistency_token = ? "
                            + "where owner_id = ? and idempotency_key = ?",
                    command.status(), command.location(), command.body(), command.consistencyToken(), ownerId, key);
    }

    @Scheduled(fixedDelayString = "${fractal.idempotency.cleanup-interval:PT1H}")
    void deleteExpired() {
        jdbc.update("delete from idempotency_record where expires_at < now()");
    }

    record StoredCommand(String requestHash, int status, String location, String body, String consistencyToken) {
    }
}
