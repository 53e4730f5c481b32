package org.fractalgoals.command.program;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.BlockGoalDetached;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockChanged;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.events.program.ProgramEvent;
import org.fractalgoals.platform.errors.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A program's current content with its texts, read from its events (decrypted by the event serializer). The
 * aggregate keeps no texts, so this is where a PATCH finds the fields it leaves as they are, a copy the day's
 * name, and scheduling the day's name, templates and goals.
 */
@Component
class ProgramReader {

    private final EventStore events;

    ProgramReader(EventStore events) {
        this.events = events;
    }

    static final class ProgramState {
        String name;
        String description;
        LocalDate startDate;
        LocalDate endDate;
        boolean active;
        List<UUID> goalIds;
        final Map<UUID, BlockState> blocks = new LinkedHashMap<>();
        final Map<UUID, DayState> days = new LinkedHashMap<>();

        BlockState block(UUID blockId) {
            BlockState block = blocks.get(blockId);
            if (block == null) {
                throw new NotFoundException("Block");
            }
            return block;
        }

        DayState day(UUID blockId, UUID dayId) {
            BlockState block = block(blockId);
            DayState day = days.get(dayId);
            if (day == null || !day.blockId.equals(block.id)) {
                throw new NotFoundException("Day");
            }
            return day;
        }

        List<UUID> dayIds() {
            return List.copyOf(days.keySet());
        }
    }

    static final class BlockState {
        final UUID id;
        String name;
        LocalDate startDate;
        LocalDate endDate;
        String color;
        final Set<UUID> goalIds = new LinkedHashSet<>();

        BlockState(UUID id) {
            this.id = id;
        }
    }

    static final class DayState {
        final UUID id;
        final UUID blockId;
        String name;
        LocalDate date;
        List<UUID> templateIds;

        DayState(UUID id, UUID blockId) {
            this.id = id;
            this.blockId = blockId;
        }
    }

    /** The program, or 404 if it does not exist in this fractal (or was deleted). */
    ProgramState require(UUID fractalId, UUID programId) {
        return find(fractalId, programId).orElseThrow(() -> new NotFoundException("Program"));
    }

    Optional<ProgramState> find(UUID fractalId, UUID programId) {
        ProgramState state = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(programId.toString(), 0).asStream().iterator();
        while (stream.hasNext()) {
            if (!(stream.next().getPayload() instanceof ProgramEvent event)) {
                return Optional.empty();
            }
            if (event instanceof ProgramCreated created) {
                // An id from another fractal names nothing here.
                if (!created.fractalId().equals(fractalId)) {
                    return Optional.empty();
                }
                state = new ProgramState();
                state.name = created.name();
                state.description = created.description();
                state.startDate = created.startDate();
                state.endDate = created.endDate();
                state.active = created.active();
                state.goalIds = created.goalIds();
            } else if (event instanceof ProgramDeleted) {
                state = null;
            } else if (state != null) {
                apply(state, event);
            }
        }
        return Optional.ofNullable(state);
    }

    private static void apply(ProgramState state, ProgramEvent event) {
        switch (event) {
            case ProgramCreated e -> throw new IllegalStateException("handled by the caller");
            case ProgramChanged e -> {
                state.name = e.name();
                state.description = e.description();
                state.startDate = e.startDate();
                state.endDate = e.endDate();
                state.active = e.active();
                state.goalIds = e.goalIds();
            }
            case ProgramDeleted e -> throw new IllegalStateException("handled by the caller");
            case ProgramBlockAdded e -> {
                BlockState block = new BlockState(e.blockId());
                block.name = e.name();
                block.startDate = e.startDate();
                block.endDate = e.endDate();
                block.color = e.color();
                state.blocks.put(block.id, block);
            }
            case ProgramBlockChanged e -> {
                BlockState block = state.blocks.get(e.blockId());
                block.name = e.name();
                block.startDate = e.startDate();
                block.endDate = e.endDate();
                block.color = e.color();
            }
            case ProgramBlockDeleted e -> {
                state.blocks.remove(e.blockId());
                state.days.values().removeIf(day -> day.blockId.equals(e.blockId()));
            }
            case BlockGoalAttached e -> state.blocks.get(e.blockId()).goalIds.add(e.goalId());
            case BlockGoalDetached e -> state.blocks.get(e.blockId()).goalIds.remove(e.goalId());
            case ProgramDayAdded e -> {
                DayState day = new DayState(e.dayId(), e.blockId());
                day.name = e.name();
                day.date = e.date();
                day.templateIds = e.templateIds();
                state.days.put(day.id, day);
            }
            case ProgramDayChanged e -> {
                DayState day = state.days.get(e.dayId());
                day.name = e.name();
                day.templateIds = e.templateIds();
            }
            case ProgramDayDeleted e -> state.days.remove(e.dayId());
        }
    }
}
