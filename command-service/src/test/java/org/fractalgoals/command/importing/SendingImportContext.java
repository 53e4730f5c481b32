package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.ImportMetaData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An import context for tests of the steps alone: it sends every command through Axon's gateway to the real
 * aggregates, with the import's metadata and the user as actor, and keeps what was imported, refused and warned
 * in memory (the real context persists that, for repeated imports).
 */
final class SendingImportContext implements ImportContext {

    record Row(String entity, String sourceId, String text) {
    }

    private final CommandGateway commands;
    private final String ownerId;
    private final String importId = UUID.randomUUID().toString();
    private final Set<String> done = new HashSet<>();
    final List<Row> refused = new ArrayList<>();
    final List<Row> warnings = new ArrayList<>();

    SendingImportContext(CommandGateway commands, String ownerId) {
        this.commands = commands;
        this.ownerId = ownerId;
    }

    String importId() {
        return importId;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    public UUID idOf(String entity, String sourceId) {
        return UUID.nameUUIDFromBytes((ownerId + "\n" + entity + "\n" + sourceId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome create(String entity, String sourceId, Object command) {
        return send(entity + "\n" + sourceId, entity, sourceId, null, command);
    }

    @Override
    public Outcome apply(String entity, String sourceId, String step, Object command) {
        return send(entity + "\n" + sourceId + "\n" + step, entity, sourceId, step, command);
    }

    private Outcome send(String key, String entity, String sourceId, String step, Object command) {
        if (done.contains(key)) {
            return Outcome.ALREADY_DONE;
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData()));
        } catch (RuntimeException refusal) {
            refused.add(new Row(entity, sourceId, (step == null ? "" : step + ": ") + refusal.getMessage()));
            return Outcome.REFUSED;
        }
        done.add(key);
        return Outcome.DONE;
    }

    MetaData metaData() {
        return MetaData.with(ImportMetaData.IMPORT_ID, importId)
                       .and(ImportMetaData.IMPORTED_FROM, ImportMetaData.V1_2)
                       .and(ActorMetaData.ACTOR, ownerId);
    }

    @Override
    public boolean imported(String entity, String sourceId) {
        return done.contains(entity + "\n" + sourceId);
    }

    @Override
    public void refuse(String entity, String sourceId, String reason) {
        refused.add(new Row(entity, sourceId, reason));
    }

    @Override
    public void warn(String entity, String sourceId, String message) {
        warnings.add(new Row(entity, sourceId, message));
    }
}
