package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.web.Unavailable;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The {@link ImportContext} of one import run: each command is sent through Axon's gateway as the owner, marked
 * as imported, in a transaction of its own that also claims its step in the {@link ImportLedger}. A command that is
 * refused (whatever it throws) becomes an entry of the summary; a failure of the infrastructure (the database
 * gone, the ledger unwritable) ends the import instead, since every further row would fail the same way.
 */
final class CommandImportContext implements ImportContext {

    static final String CREATE = "create";
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final UUID importId;
    private final String ownerId;
    private final CommandGateway commands;
    private final CommandRunner runner;
    private final ImportLedger ledger;
    private final ImportSummary summary;
    private final MetaData metaData;
    private final Runnable afterRow;
    private final Set<String> createdNow = new HashSet<>();
    private final SortedSet<Long> positions = new TreeSet<>();

    CommandImportContext(UUID importId, String ownerId, CommandGateway commands, CommandRunner runner,
                         ImportLedger ledger, ImportSummary summary, Runnable afterRow) {
        this.importId = Objects.requireNonNull(importId);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.commands = commands;
        this.runner = runner;
        this.ledger = ledger;
        this.summary = summary;
        this.afterRow = afterRow;
        this.metaData = MetaData.with(ImportMetaData.IMPORT_ID, importId.toString())
                                .and(ImportMetaData.IMPORTED_FROM, ImportMetaData.V1_2);
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    public UUID idOf(String entity, String sourceId) {
        return idOf(ownerId, entity, sourceId);
    }

    /** Name-based: the same owner, entity and source id always give the same id, another owner another one. */
    static UUID idOf(String ownerId, String entity, String sourceId) {
        String name = "fractal-goals:import:v1.2\n" + ownerId + "\n" + entity + "\n" + sourceId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome create(String entity, String sourceId, Object command) {
        Outcome outcome = send(entity, sourceId, CREATE, command);
        summary.processedOne();
        if (outcome.succeeded()) {
            summary.imported(entity);
            createdNow.add(ImportLedger.key(entity, sourceId, CREATE));
        }
        afterRow.run();
        return outcome;
    }

    @Override
    public Outcome apply(String entity, String sourceId, String step, Object command) {
        if (CREATE.equals(step)) {
            throw new IllegalArgumentException("The step name '" + CREATE + "' is the row's creation; use create()");
        }
        return send(entity, sourceId, step, command);
    }

    @Override
    public boolean imported(String entity, String sourceId) {
        String key = ImportLedger.key(entity, sourceId, CREATE);
        return createdNow.contains(key) || ledger.done(ownerId, key);
    }

    @Override
    public void refuse(String entity, String sourceId, String reason) {
        summary.refused(entity, sourceId, reason);
        summary.processedOne();
        afterRow.run();
    }

    @Override
    public void warn(String entity, String sourceId, String message) {
        summary.warned(entity, sourceId, message);
    }

    /** The positions of the events this import wrote, so far. */
    SortedSet<Long> positions() {
        return positions;
    }

    private Outcome send(String entity, String sourceId, String step, Object command) {
        String key = ImportLedger.key(entity, sourceId, step);
        boolean[] sent = {false};
        try {
            positions.addAll(runner.inTransaction(targetOf(command), () -> {
                if (!ledger.claim(ownerId, key, importId)) {
                    return;
                }
                try {
                    commands.sendAndWait(message(command));
                } catch (RuntimeException refusal) {
                    if (Unavailable.isDatabaseUnreachable(refusal)) {
                        throw refusal;
                    }
                    throw new Refused(refusal);
                }
                sent[0] = true;
            }));
        } catch (Refused refused) {
            String reason = RefusalReason.of(refused.getCause());
            summary.refused(entity, sourceId, CREATE.equals(step) ? reason : step + ": " + reason);
            return Outcome.REFUSED;
        }
        return sent[0] ? Outcome.DONE : Outcome.ALREADY_DONE;
    }

    /**
     * The owner acts: an import writes only into the account of the user it was run for. Checking evidence against
     * targets is the system's step on the owner's behalf, as it is for a live request.
     */
    private CommandMessage<?> message(Object command) {
        MetaData actor = command instanceof EvaluateTargets
                ? ActorMetaData.automaticStepFor(ownerId)
                : MetaData.with(ActorMetaData.ACTOR, ownerId);
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData).andMetaData(actor);
    }

    /** The aggregate a command is addressed to, locked against concurrent requests; none for a creation. */
    private static List<String> targetOf(Object command) {
        try {
            return List.of(TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier());
        } catch (IllegalArgumentException creation) {
            return List.of();
        }
    }

    /** Carries a command's refusal out of its transaction, which it rolls back (the ledger's claim with it). */
    private static final class Refused extends RuntimeException {
        Refused(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
