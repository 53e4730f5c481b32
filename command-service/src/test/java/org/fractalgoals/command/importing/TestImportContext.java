package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.ImportMetaData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An {@link ImportContext} for tests of the import steps alone: it sends each command through the real command
 * gateway to the real aggregates, with the import's metadata and the owner as actor (no HTTP request names one),
 * once per row and step, and keeps refusals (worded as the real context words them) and warnings in lists. Rows
 * an earlier step would have imported (goals, activities, templates) can be {@link #given} with the ids the test
 * made; the real context persists all this, for repeated imports.
 */
public final class TestImportContext implements ImportContext {

    public record Entry(String entity, String sourceId, String message) {
    }

    private final CommandGateway commands;
    private final String ownerId;
    private final String importId = UUID.randomUUID().toString();
    private final Map<String, UUID> ids = new HashMap<>();
    private final Set<String> imported = new HashSet<>();
    private final Set<String> applied = new HashSet<>();
    public final List<Entry> refused = new ArrayList<>();
    public final List<Entry> warnings = new ArrayList<>();

    public TestImportContext(CommandGateway commands, String ownerId) {
        this.commands = commands;
        this.ownerId = ownerId;
    }

    /** A row an earlier step imported, with the id it got. */
    public TestImportContext given(String entity, String sourceId, UUID id) {
        ids.put(key(entity, sourceId), id);
        imported.add(key(entity, sourceId));
        return this;
    }

    /** A v1.2 metric or split, which the catalogue step gives an id (no row of its own in the summary). */
    public TestImportContext mapped(String entity, String sourceId, UUID id) {
        ids.put(key(entity, sourceId), id);
        return this;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    public UUID idOf(String entity, String sourceId) {
        return ids.computeIfAbsent(key(entity, sourceId), key -> UUID.nameUUIDFromBytes(
                (ownerId + "/" + key).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Outcome create(String entity, String sourceId, Object command) {
        if (imported.contains(key(entity, sourceId))) {
            return Outcome.ALREADY_DONE;
        }
        Outcome outcome = send(entity, sourceId, null, command);
        if (outcome.succeeded()) {
            imported.add(key(entity, sourceId));
        }
        return outcome;
    }

    @Override
    public Outcome apply(String entity, String sourceId, String step, Object command) {
        if (!applied.add(key(entity, sourceId) + "#" + step)) {
            return Outcome.ALREADY_DONE;
        }
        return send(entity, sourceId, step, command);
    }

    @Override
    public boolean imported(String entity, String sourceId) {
        return imported.contains(key(entity, sourceId));
    }

    @Override
    public void refuse(String entity, String sourceId, String reason) {
        refused.add(new Entry(entity, sourceId, reason));
    }

    @Override
    public void warn(String entity, String sourceId, String message) {
        warnings.add(new Entry(entity, sourceId, message));
    }

    public List<Entry> refusedOf(String entity) {
        return refused.stream().filter(entry -> entry.entity().equals(entity)).toList();
    }

    private Outcome send(String entity, String sourceId, String step, Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData()));
            return Outcome.DONE;
        } catch (RuntimeException e) {
            refused.add(new Entry(entity, sourceId, (step == null ? "" : step + ": ") + RefusalReason.of(e)));
            return Outcome.REFUSED;
        }
    }

    /** The metadata every command of this import carries, as the real context sends it. */
    public MetaData metaData() {
        return MetaData.with(ImportMetaData.IMPORT_ID, importId)
                       .and(ImportMetaData.IMPORTED_FROM, ImportMetaData.V1_2)
                       .and(ActorMetaData.ACTOR, ownerId);
    }

    public String importId() {
        return importId;
    }

    private static String key(String entity, String sourceId) {
        return entity + "/" + sourceId;
    }
}
