package org.fractalgoals.query.export;

import org.fractalgoals.events.personaldata.OwnedEvent;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A program with its blocks (in the order added) and each block's goals (in the order attached) and days (in the
 * order added). A deleted block takes its days along.
 */
final class ProgramFold implements StateFold {

    private Program program;
    private final Map<UUID, MutableBlock> blocks = new LinkedHashMap<>();
    private boolean deleted;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof ProgramEvent programEvent)) {
            return;
        }
        switch (programEvent) {
            case ProgramCreated e -> program = new Program(e.name(), e.description(), e.startDate(), e.endDate(), e.active(),
                                                           e.goalIds());
            case ProgramChanged e -> program = new Program(e.name(), e.description(), e.startDate(), e.endDate(), e.active(),
                                                           e.goalIds());
            case ProgramDeleted e -> deleted = true;
            case ProgramBlockAdded e -> blocks.putIfAbsent(e.blockId(), new MutableBlock(
                    new BlockFields(e.name(), e.startDate(), e.endDate(), e.color())));
            case ProgramBlockChanged e -> block(e.blockId()).fields = new BlockFields(e.name(), e.startDate(), e.endDate(),
                                                                                     e.color());
            case ProgramBlockDeleted e -> blocks.remove(e.blockId());
            case BlockGoalAttached e -> block(e.blockId()).goalIds.add(e.goalId());
            case BlockGoalDetached e -> block(e.blockId()).goalIds.remove(e.goalId());
            case ProgramDayAdded e -> block(e.blockId()).days.putIfAbsent(e.dayId(), new Day(
                    e.dayId(), e.name(), e.date(), e.dayNumber(), e.templateIds()));
            case ProgramDayChanged e -> block(e.blockId()).days.computeIfPresent(e.dayId(), (id, day) -> new Day(
                    id, e.name(), day.date(), day.dayNumber(), e.templateIds()));
            case ProgramDayDeleted e -> block(e.blockId()).days.remove(e.dayId());
        }
    }

    /** A block the stream does not know (any more) collects nothing: a placeholder outside the program. */
    private MutableBlock block(UUID blockId) {
        MutableBlock block = blocks.get(blockId);
        return block != null ? block : new MutableBlock(null);
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Object state() {
        if (program == null) {
            return null;
        }
        List<Block> views = blocks.entrySet().stream().map(entry -> entry.getValue().view(entry.getKey())).toList();
        return new State(program.name(), program.description(), program.startDate(), program.endDate(), program.active(),
                         program.goalIds(), views);
    }

    private record Program(String name, String description, LocalDate startDate, LocalDate endDate, boolean active,
                           List<UUID> goalIds) {
    }

    private record BlockFields(String name, LocalDate startDate, LocalDate endDate, String color) {
    }

    private static final class MutableBlock {

        BlockFields fields;
        final Set<UUID> goalIds = new LinkedHashSet<>();
        final Map<UUID, Day> days = new LinkedHashMap<>();

        MutableBlock(BlockFields fields) {
            this.fields = fields;
        }

        Block view(UUID id) {
            return new Block(id, fields.name(), fields.startDate(), fields.endDate(), fields.color(), List.copyOf(goalIds),
                             List.copyOf(days.values()));
        }
    }

    record State(String name, String description, LocalDate startDate, LocalDate endDate, boolean active,
                 List<UUID> goalIds, List<Block> blocks) {
    }

    record Block(UUID id, String name, LocalDate startDate, LocalDate endDate, String color, List<UUID> goalIds,
                 List<Day> days) {
    }

    record Day(UUID id, String name, LocalDate date, int dayNumber, List<UUID> templateIds) {
    }
}
