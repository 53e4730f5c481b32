package org.fractalgoals.query.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.query.account.OwnedAggregate;
import org.fractalgoals.query.account.OwnerIndex;
import org.fractalgoals.query.goal.GoalTreeFold;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes everything of one user, from the event store, as it reads it (format: {@code docs/export.md}). The owner
 * index says which streams are theirs; each stream is read and folded on its own, one at a time, and the history comes
 * through a cursor, so memory holds one aggregate's state and a page of events, never the account. The time-travel
 * cache of decrypted streams is not used: an export must not fill it with every fractal of the account.
 *
 * <p>Everything is read in one read-only transaction at repeatable-read isolation (Axon's reads join it), so the
 * fractals and the history show the same moment even while the user keeps writing.
 */
@Component
class AccountExport {

    static final int VERSION = 1;
    /** Events per history file of the zip form. */
    static final int EVENTS_PER_HISTORY_FILE = 5_000;
    static final String METADATA_FILE = "export.json";
    static final String FRACTALS_FILE = "fractals.json";

    private final EventStore eventStore;
    private final OwnerIndex index;
    private final HistoryReader history;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    AccountExport(EventStore eventStore, OwnerIndex index, HistoryReader history, ObjectMapper mapper, Clock clock,
                  PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.index = index;
        this.history = history;
        this.mapper = mapper;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** One JSON document: the header, {@code fractals} and {@code history}. */
    void writeJson(String userId, OutputStream out) {
        inSnapshot(() -> {
            Instant now = clock.instant();
            JsonGenerator json = generator(out);
            json.writeStartObject();
            writeHeader(json, userId, now);
            json.writeFieldName("fractals");
            writeFractals(json, userId, now);
            json.writeArrayFieldStart("history");
            try (Stream<HistoryEntry> entries = history.read(userId, index.aggregateIds(userId))) {
                for (Iterator<HistoryEntry> it = entries.iterator(); it.hasNext(); ) {
                    json.writeObject(it.next());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        });
    }

    /**
     * A zip of JSON files: {@value #FRACTALS_FILE}, the history in files of {@value #EVENTS_PER_HISTORY_FILE} events
     * ({@code history-001.json}, …), and last {@value #METADATA_FILE}, the header with the names of the others.
     */
    void writeZip(String userId, OutputStream out) {
        inSnapshot(() -> {
            Instant now = clock.instant();
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(FRACTALS_FILE));
            JsonGenerator fractals = generator(zip);
            writeFractals(fractals, userId, now);
            fractals.close();
            zip.closeEntry();

            List<String> historyFiles = new ArrayList<>();
            long events = 0;
            JsonGenerator file = null;
            try (Stream<HistoryEntry> entries = history.read(userId, index.aggregateIds(userId))) {
                for (Iterator<HistoryEntry> it = entries.iterator(); it.hasNext(); events++) {
                    if (events % EVENTS_PER_HISTORY_FILE == 0) {
                        endHistoryFile(zip, file);
                        historyFiles.add("history-%03d.json".formatted(historyFiles.size() + 1));
                        zip.putNextEntry(new ZipEntry(historyFiles.getLast()));
                        file = generator(zip);
                        file.writeStartArray();
                    }
                    file.writeObject(it.next());
                }
            }
            endHistoryFile(zip, file);

            zip.putNextEntry(new ZipEntry(METADATA_FILE));
            JsonGenerator metadata = generator(zip);
            metadata.writeStartObject();
            writeHeader(metadata, userId, now);
            metadata.writeStringField("fractalsFile", FRACTALS_FILE);
            metadata.writeObjectField("historyFiles", historyFiles);
            metadata.writeNumberField("historyEvents", events);
            metadata.writeEndObject();
            metadata.close();
            zip.closeEntry();
            zip.finish();
        });
    }

    private static void endHistoryFile(ZipOutputStream zip, JsonGenerator file) throws IOException {
        if (file != null) {
            file.writeEndArray();
            file.close();
            zip.closeEntry();
        }
    }

    private void writeHeader(JsonGenerator json, String userId, Instant now) throws IOException {
        TermsAccepted terms = lastTermsAccepted(userId);
        json.writeNumberField("version", VERSION);
        json.writeObjectField("exportedAt", now);
        json.writeStringField("userId", userId);
        json.writeObjectField("termsAcceptedAt", terms == null ? null : terms.occurredAt());
        json.writeObjectField("termsVersion", terms == null ? null : terms.termsVersion());
    }

    private TermsAccepted lastTermsAccepted(String userId) {
        TermsAccepted[] last = {null};
        readOwned(AccountEvent.aggregateIdOf(userId), 0, userId, (event, sequence) -> {
            if (event instanceof TermsAccepted accepted) {
                last[0] = accepted;
            }
        });
        return last[0];
    }

    private void writeFractals(JsonGenerator json, String userId, Instant now) throws IOException {
        json.writeStartArray();
        for (OwnedAggregate fractal : index.fractals(userId)) {
            writeFractal(json, userId, fractal, now);
        }
        json.writeEndArray();
    }

    /** The fractal's lifecycle and goal tree as of now, then its other objects by kind. */
    private void writeFractal(JsonGenerator json, String userId, OwnedAggregate fractal, Instant now) throws IOException {
        GoalTreeFold tree = new GoalTreeFold(fractal.fractalId(), now);
        boolean[] deleted = {false};
        Lifecycle lifecycle = readOwned(fractal.id(), fractal.firstSequence(), userId, (event, sequence) -> {
            if (event instanceof GoalEvent goalEvent) {
                tree.apply(goalEvent, sequence);
            }
            deleted[0] |= event instanceof FractalDeleted;
        });
        json.writeStartObject();
        json.writeStringField("id", fractal.id());
        json.writeStringField("type", fractal.type());
        json.writeObjectField("createdAt", lifecycle.createdAt());
        json.writeObjectField("updatedAt", lifecycle.updatedAt());
        json.writeNumberField("version", lifecycle.version());
        json.writeBooleanField("deleted", deleted[0]);
        json.writeObjectField("tree", tree.tree().orElse(null));
        Map<String, List<OwnedAggregate>> byType = index.inFractal(userId, fractal.fractalId()).stream()
                                                        .collect(Collectors.groupingBy(OwnedAggregate::type, TreeMap::new,
                                                                                       Collectors.toList()));
        for (ObjectKind kind : ObjectKind.values()) {
            json.writeArrayFieldStart(kind.field());
            for (OwnedAggregate aggregate : byType.getOrDefault(kind.aggregateType(), List.of())) {
                json.writeObject(exported(userId, aggregate, kind.newFold()));
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart(ObjectKind.OTHERS);
        for (Map.Entry<String, List<OwnedAggregate>> type : byType.entrySet()) {
            if (ObjectKind.of(type.getKey()).isEmpty()) {
                for (OwnedAggregate aggregate : type.getValue()) {
                    json.writeObject(exported(userId, aggregate, null));
                }
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** An aggregate's lifecycle and, when {@code fold} is given, its current state. */
    private ExportedObject exported(String userId, OwnedAggregate aggregate, StateFold fold) {
        Lifecycle lifecycle = readOwned(aggregate.id(), aggregate.firstSequence(), userId, (event, sequence) -> {
            if (fold != null) {
                fold.apply(event);
            }
        });
        return new ExportedObject(aggregate.id(), aggregate.type(), lifecycle.createdAt(), lifecycle.updatedAt(),
                                  lifecycle.version(), fold != null && fold.deleted(), fold == null ? null : fold.state());
    }

    /**
     * Hands each event of the stream that belongs to the user to {@code each}, in sequence order, as the stream is
     * read. {@code readEvents(id, sequence)} reads the events themselves, never a snapshot (which holds no texts).
     */
    private Lifecycle readOwned(String aggregateId, long firstSequence, String userId,
                                BiConsumer<OwnedEvent, Long> each) {
        Lifecycle lifecycle = new Lifecycle();
        DomainEventStream stream = eventStore.readEvents(aggregateId, firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof OwnedEvent event && userId.equals(event.ownerId())) {
                lifecycle.apply(event, message.getSequenceNumber());
                each.accept(event, message.getSequenceNumber());
            }
        }
        return lifecycle;
    }

    /**
     * A generator that neither closes the stream beneath it (a zip has more entries to come) nor completes the JSON
     * when closed: a failure half-way must leave a truncated document, never a valid-looking incomplete one.
     */
    private JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        return json;
    }

    private void inSnapshot(Writing writing) {
        snapshot.executeWithoutResult(status -> {
            try {
                writing.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @FunctionalInterface
    private interface Writing {
        void write() throws IOException;
    }
}
