package org.fractalgoals.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.caching.Cache;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.eventstore.EventPositions;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Runs one command for an HTTP request: in one database transaction it claims the idempotency key, lets
 * Axon handle the command (which appends the events in the same transaction), finds the positions of those
 * events and stores the answer for replays. The answer carries the consistency token.
 */
@Component
public class CommandRunner {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final TransactionTemplate transaction;
    private final IdempotencyStore idempotency;
    private final ObjectMapper mapper;

    private final AggregateLocks locks = new AggregateLocks();
    private final List<Cache> aggregateCaches;
    private final EventPositions positions;

    CommandRunner(TransactionTemplate transaction, IdempotencyStore idempotency, ObjectMapper mapper,
                  List<Cache> aggregateCaches, EventPositions positions) {
        this.aggregateCaches = aggregateCaches;
        this.positions = positions;
        this.transaction = transaction;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    /**
     * @param operation names the endpoint, so that one key reused on another endpoint counts as a different request
     * @param request   the parsed body; its JSON form is what the idempotency hash covers
     */
    public ResponseEntity<Object> run(String ownerId, String idempotencyKey, String operation, Object request,
                                      Supplier<CommandResponse> command) {
        return run(ownerId, idempotencyKey, operation, request, List.<UUID>of(), command);
    }

    /**
     * As {@link #run(String, String, String, Object, Supplier)} for a command on an existing aggregate. Commands
     * on one aggregate run one at a time here, until their transaction has committed: Axon releases its own
     * lock when the command's unit of work ends, which is before this (outer) transaction commits.
     */
    public ResponseEntity<Object> run(String ownerId, String idempotencyKey, String operation, Object request,
                                      UUID aggregateId, Supplier<CommandResponse> command) {
        return run(ownerId, idempotencyKey, operation, request, List.of(aggregateId), command);
    }

    /** As above for an aggregate whose id is not a UUID (a user's account). */
    public ResponseEntity<Object> run(String ownerId, String idempotencyKey, String operation, Object request,
                                      String aggregateId, Supplier<CommandResponse> command) {
        return runLocked(ownerId, idempotencyKey, operation, request, List.of(aggregateId), command);
    }

    /**
     * As above for a request whose commands change several aggregates (for example recording a set in a
     * session, which may achieve targets of the fractal): all of them are locked, always in the same order.
     */
    public ResponseEntity<Object> run(String ownerId, String idempotencyKey, String operation, Object request,
                                      List<UUID> aggregateIds, Supplier<CommandResponse> command) {
        List<String> ids = aggregateIds.stream().filter(Objects::nonNull).map(UUID::toString).toList();
        return runLocked(ownerId, idempotencyKey, operation, request, ids, command);
    }

    private ResponseEntity<Object> runLocked(String ownerId, String idempotencyKey, String operation, Object request,
                                             List<String> aggregateIds, Supplier<CommandResponse> command) {
        Optional<UUID> key = parseKey(idempotencyKey);
        String hash = hash(operation, request);
        return toResponse(locked(aggregateIds, () -> transact(ownerId, key, hash, command)));
    }

    /**
     * Runs work that sends commands without an HTTP request (a step of an import) with the guarantees a request
     * gets: one transaction for the commands' events and whatever else {@code work} writes, the aggregates locked
     * until it has committed, their cached state dropped when it fails. A failure of {@code work} rolls everything
     * back and is rethrown.
     *
     * @return the positions in the event store of the events the work caused (for waiting on the read models)
     */
    public List<Long> inTransaction(List<String> aggregateIds, Runnable work) {
        return locked(aggregateIds, () -> transaction.execute(status -> {
            try (EventCapture capture = EventCapture.begin()) {
                work.run();
                return positionsOf(capture.eventIds());
            }
        }));
    }

    private <T> T locked(List<String> aggregateIds, Supplier<T> work) {
        List<Lock> held = locks.forAggregates(aggregateIds);
        held.forEach(Lock::lock);
        try {
            return work.get();
        } catch (RuntimeException e) {
            // A unit of work may have committed into an aggregate cache before this transaction failed.
            aggregateIds.stream().filter(Objects::nonNull)
                        .forEach(id -> aggregateCaches.forEach(cache -> cache.remove(id)));
            throw e;
        } finally {
            held.reversed().forEach(Lock::unlock);
        }
    }

    private Answer transact(String ownerId, Optional<UUID> key, String hash, Supplier<CommandResponse> command) {
        return transaction.execute(status -> {
            if (key.isPresent()) {
                Optional<IdempotencyStore.StoredCommand> earlier = idempotency.claim(ownerId, key.get(), hash);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), hash);
                }
            }
            IdempotencyStore.StoredCommand stored = execute(command, hash);
            key.ifPresent(k -> idempotency.complete(ownerId, k, stored));
            return new Answer(stored, false);
        });
    }

    private IdempotencyStore.StoredCommand execute(Supplier<CommandResponse> command, String hash) {
        CommandResponse response;
        List<String> eventIds;
        try (EventCapture capture = EventCapture.begin()) {
            response = command.get();
            eventIds = capture.eventIds();
        }
        String token = ConsistencyToken.of(positionsOf(eventIds)).encode();
        String location = response.location() == null ? null : response.location().toString();
        return new IdempotencyStore.StoredCommand(hash, response.status(), location, json(response.body()), token);
    }

    private static Answer replay(IdempotencyStore.StoredCommand earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                                       "This Idempotency-Key was already used for a different request");
        }
        return new Answer(earlier, true);
    }

    private List<Long> positionsOf(List<String> eventIds) {
        return positions.of(eventIds);
    }

    private ResponseEntity<Object> toResponse(Answer answer) {
        IdempotencyStore.StoredCommand stored = answer.command();
        HttpHeaders headers = new HttpHeaders();
        headers.add(ConsistencyToken.HEADER, stored.consistencyToken());
        if (stored.location() != null) {
            headers.setLocation(URI.create(stored.location()));
        }
        if (answer.replayed()) {
            headers.add(REPLAYED, "true");
        }
        try {
            Object body = stored.body() == null ? null : mapper.readTree(stored.body());
            return ResponseEntity.status(stored.status()).headers(headers).body(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored response is not JSON", e);
        }
    }

    private static Optional<UUID> parseKey(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.trim()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(List.of(new FieldError(IDEMPOTENCY_KEY, "must be a UUID")));
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(IdempotencyStore.StoredCommand command, boolean replayed) {
    }
}
