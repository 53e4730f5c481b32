package org.fractalgoals.query.deadletter;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** What operators do with dead letters: list them (never their payloads), retry them, evict them. */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final DeadLetterStore store;

    DeadLetters(EventProcessingConfiguration processing, DeadLetterStore store) {
        this.processing = processing;
        this.store = store;
    }

    /** Why the event failed; none for an event that only waits behind an earlier letter of its sequence. */
    record Cause(String type, String message) {
    }

    @Schema(name = "DeadLetter")
    record Item(String readModel, String sequenceId, String eventType, String eventId, String aggregateId,
                Long aggregateSequence, java.time.Instant enqueuedAt, java.time.Instant lastTouched, Cause cause,
                long retries) {
    }

    @Schema(name = "DeadLetterPage", example = """
            {"items": [{"readModel": "sessions", "sequenceId": "5e6f7081-92a3-4b45-8d6e-7f8091021324",
            "eventType": "SessionCompleted", "eventId": "d6e7f809-1021-4324-8546-5768798a9bac",
            "aggregateId": "5e6f7081-92a3-4b45-8d6e-7f8091021324", "aggregateSequence": 18,
            "enqueuedAt": "2026-03-01T09:45:01Z", "lastTouched": "2026-03-01T10:15:00Z",
            "cause": {"type": "org.springframework.dao.DataIntegrityViolationException",
            "message": "duplicate key value"}, "retries": 2}], "nextCursor": null}""")
    record Page(List<Item> items, String nextCursor) {
    }

    /** @param processed letters handled and removed; @param stayed letters still in the queue afterwards */
    @Schema(example = """
            {"readModel": "sessions", "sequences": 1, "processed": 1, "stayed": 0}""")
    record RetryResult(String readModel, int sequences, long processed, long stayed) {
    }

    Page list(String readModel, int limit, String cursor) {
        if (readModel != null) {
            processor(readModel);
        }
        DeadLetterStore.Position after = cursor == null ? null : decode(cursor);
        List<DeadLetterStore.Row> rows = store.list(readModel, after, limit + 1);
        List<Item> items = rows.stream().limit(limit).map(DeadLetters::item).toList();
        String next = rows.size() > limit ? encode(rows.get(limit - 1).position()) : null;
        return new Page(items, next);
    }

    RetryResult retryAll(String readModel) {
        processor(readModel);
        return retry(readModel, store.sequences(readModel));
    }

    RetryResult retry(String readModel, String sequenceId) {
        processor(readModel);
        if (store.count(readModel, List.of(sequenceId)) == 0) {
            throw new NotFoundException("Dead-letter sequence");
        }
        return retry(readModel, List.of(sequenceId));
    }

    void evict(String readModel, String sequenceId) {
        processor(readModel);
        int evicted = store.evict(readModel, sequenceId);
        if (evicted == 0) {
            throw new NotFoundException("Dead-letter sequence");
        }
        log.warn("Evicted {} dead letter(s) of read model {}, sequence {}: their events will not be applied",
                 evicted, readModel, sequenceId);
    }

    private RetryResult retry(String readModel, List<String> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(readModel);
        long before = sequences.isEmpty() ? 0 : store.count(readModel, sequences);
        for (String sequence : sequences) {
            // Axon claims the sequence, hands its letters to the projection in order through the processor's
            // interceptors (savepoints, erasure filter), evicts each that succeeds and stops at the first that fails.
            processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                                        && sequence.equals(stored.getSequenceIdentifier()));
        }
        long after = sequences.isEmpty() ? 0 : store.count(readModel, sequences);
        log.info("Retried {} dead-letter sequence(s) of read model {}: {} letter(s) processed, {} stayed",
                 sequences.size(), readModel, before - after, after);
        return new RetryResult(readModel, sequences.size(), Math.max(0, before - after), after);
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String readModel) {
        return processing.sequencedDeadLetterProcessor(readModel)
                         .orElseThrow(() -> new NotFoundException("Read model with a dead-letter queue"));
    }

    private static Item item(DeadLetterStore.Row row) {
        return new Item(row.position().readModel(), row.position().sequenceId(), row.eventType(), row.eventId(),
                        row.aggregateId(), row.aggregateSequence(), row.enqueuedAt(), row.lastTouched(),
                        row.causeType() == null ? null : new Cause(row.causeType(), row.causeMessage()), row.retries());
    }

    private static String encode(DeadLetterStore.Position position) {
        String raw = position.readModel() + "\n" + position.index() + "\n" + position.sequenceId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static DeadLetterStore.Position decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", 3);
            return new DeadLetterStore.Position(parts[0], parts[2], Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new RuleViolationException("cursor", "Is not a cursor this API returned");
        }
    }
}
