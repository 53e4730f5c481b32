package org.fractalgoals.command.program;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.program.AddProgramBlock;
import org.fractalgoals.events.program.AddProgramDays;
import org.fractalgoals.events.program.AttachBlockGoal;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.BlockGoalDetached;
import org.fractalgoals.events.program.CopyProgramDay;
import org.fractalgoals.events.program.CreateProgram;
import org.fractalgoals.events.program.DeleteProgram;
import org.fractalgoals.events.program.DeleteProgramBlock;
import org.fractalgoals.events.program.DeleteProgramDay;
import org.fractalgoals.events.program.DetachBlockGoal;
import org.fractalgoals.events.program.EditProgram;
import org.fractalgoals.events.program.EditProgramBlock;
import org.fractalgoals.events.program.EditProgramDay;
import org.fractalgoals.events.program.ImportProgramDay;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockChanged;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A training program with its blocks and their days. One aggregate, because its rules span them: blocks lie
 * inside the program's dates, dated days inside their block, and copies and cascades match days across blocks
 * by day number. It keeps no texts (names live only in its events, encrypted), only what the rules need.
 */
@Aggregate
class Program {

    @AggregateIdentifier
    private UUID programId;
    private UUID fractalId;
    private String ownerId;
    private LocalDate startDate;
    private LocalDate endDate;
    private final Map<UUID, Block> blocks = new LinkedHashMap<>();
    private final Map<UUID, Day> days = new LinkedHashMap<>();

    private record Block(UUID id, LocalDate startDate, LocalDate endDate, Set<UUID> goalIds) {

        boolean covers(LocalDate date) {
            return !date.isBefore(startDate) && !date.isAfter(endDate);
        }

        Block withGoals(Set<UUID> goals) {
            return new Block(id, startDate, endDate, Set.copyOf(goals));
        }
    }

    private record Day(UUID id, UUID blockId, LocalDate date, int dayNumber, List<UUID> templateIds) {
    }

    Program() {
        // for Axon
    }

    /** The id of the {@code n}th day made by one command: derived, so that the command decides it and replays agree. */
    static UUID dayId(UUID seed, int n) {
        return UUID.nameUUIDFromBytes((seed + "/day/" + n).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    Program(CreateProgram command, ProgramReferences references) {
        List<UUID> goalIds = checkProgram(command.fractalId(), command.name(), command.description(), command.startDate(),
                                          command.endDate(), command.goalIds(), references);
        apply(new ProgramCreated(command.fractalId(), command.programId(), command.name(), command.description(),
                                 command.startDate(), command.endDate(), command.active(), goalIds, command.ownerId(),
                                 command.requestedAt()));
    }

    @CommandHandler
    void handle(EditProgram command, ProgramReferences references) {
        requireOwner(command.ownerId(), command.fractalId());
        List<UUID> goalIds = checkProgram(fractalId, command.name(), command.description(), command.startDate(),
                                          command.endDate(), command.goalIds(), references);
        boolean outside = blocks.values().stream().anyMatch(block -> block.startDate().isBefore(command.startDate())
                || block.endDate().isAfter(command.endDate()));
        if (outside) {
            throw new RuleViolationException("startDate", "The program's blocks must stay inside its dates");
        }
        apply(new ProgramChanged(fractalId, programId, command.name(), command.description(), command.startDate(),
                                 command.endDate(), command.active(), goalIds, ownerId, command.requestedAt()));
    }

    private static List<UUID> checkProgram(UUID fractalId, String name, String description, LocalDate start,
                                           LocalDate end, List<UUID> goalIds, ProgramReferences references) {
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.name(name, "Program name is required", errors);
        ProgramRules.description(description, errors);
        ProgramRules.dates(start, end, true, errors);
        List<UUID> goals = ProgramRules.targetGoals(fractalId, goalIds, references, errors);
        ProgramRules.refuseIfAny(errors);
        return goals;
    }

    @CommandHandler
    void handle(DeleteProgram command) {
        requireOwner(command.ownerId(), command.fractalId());
        apply(new ProgramDeleted(fractalId, programId, List.copyOf(days.keySet()), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(AddProgramBlock command) {
        requireOwner(command.ownerId(), command.fractalId());
        if (blocks.containsKey(command.blockId())) {
            throw new IllegalStateException("A block id was used twice");
        }
        String color = checkBlock(command.name(), command.startDate(), command.endDate(), command.color());
        apply(new ProgramBlockAdded(fractalId, programId, command.blockId(), command.name(), command.startDate(),
                                    command.endDate(), color, ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(EditProgramBlock command) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        String color = checkBlock(command.name(), command.startDate(), command.endDate(), command.color());
        boolean outside = days.values().stream()
                              .anyMatch(day -> day.blockId().equals(block.id()) && day.date() != null
                                      && (day.date().isBefore(command.startDate()) || day.date().isAfter(command.endDate())));
        if (outside) {
            throw new RuleViolationException("startDate", "The block's dated days must stay inside its dates");
        }
        apply(new ProgramBlockChanged(fractalId, programId, block.id(), command.name(), command.startDate(),
                                      command.endDate(), color, ownerId, command.requestedAt()));
    }

    /** The colour to store (the default when none was given). */
    private String checkBlock(String name, LocalDate start, LocalDate end, String color) {
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.name(name, "Block name is required", errors);
        if (ProgramRules.dates(start, end, false, errors)) {
            if (start.isBefore(startDate) || start.isAfter(endDate)) {
                errors.add(new FieldError("startDate", "Must lie inside the program (" + startDate + " – " + endDate + ")"));
            }
            if (end.isBefore(startDate) || end.isAfter(endDate)) {
                errors.add(new FieldError("endDate", "Must lie inside the program (" + startDate + " – " + endDate + ")"));
            }
        }
        ProgramRules.color(color, errors);
        ProgramRules.refuseIfAny(errors);
        return color == null ? ProgramRules.DEFAULT_COLOR : color.toUpperCase();
    }

    @CommandHandler
    void handle(DeleteProgramBlock command) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        apply(new ProgramBlockDeleted(fractalId, programId, block.id(), daysOf(block.id()).stream().map(Day::id).toList(),
                                      ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(AttachBlockGoal command, ProgramReferences references) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        if (references.goalLevel(fractalId, command.goalId()).isEmpty()) {
            throw new NotFoundException("Goal");
        }
        if (command.deadline() != null && !block.covers(command.deadline())) {
            throw new RuleViolationException("deadline", "The deadline must lie inside the block (" + block.startDate()
                    + " – " + block.endDate() + ")");
        }
        if (!block.goalIds().contains(command.goalId())) {
            apply(new BlockGoalAttached(fractalId, programId, block.id(), command.goalId(), ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(DetachBlockGoal command) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        if (!block.goalIds().contains(command.goalId())) {
            throw new NotFoundException("Goal");
        }
        apply(new BlockGoalDetached(fractalId, programId, block.id(), command.goalId(), ownerId, command.requestedAt()));
    }

    /**
     * One day on a date, one per matching weekday inside the block, or one abstract day. A day already on one of
     * those dates in the block is reused: its name and templates are replaced (as v1.2 did).
     */
    /** Answers the ids of the days added or reused, in date order. */
    @CommandHandler
    List<UUID> handle(AddProgramDays command, ProgramReferences references) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.name(command.name(), "Day name is required", errors);
        List<UUID> templateIds = ProgramRules.templates(fractalId, command.templateIds(), references, errors);
        List<LocalDate> dates = new ArrayList<>();
        if (command.date() != null && command.dayOfWeek() != null) {
            errors.add(new FieldError("dayOfWeek", "Give a date or a day of the week, not both"));
        } else if (command.date() != null) {
            if (block.covers(command.date())) {
                dates.add(command.date());
            } else {
                errors.add(new FieldError("date", "The date must lie inside the block (" + block.startDate() + " – "
                        + block.endDate() + ")"));
            }
        } else if (command.dayOfWeek() != null) {
            dates.addAll(weekdays(block, command.dayOfWeek()));
            if (dates.isEmpty()) {
                errors.add(new FieldError("dayOfWeek", "No " + command.dayOfWeek() + " lies inside the block"));
            }
        } else {
            dates.add(null);
        }
        ProgramRules.refuseIfAny(errors);
        int next = nextDayNumber(block.id());
        int made = 0;
        List<UUID> dayIds = new ArrayList<>();
        for (LocalDate date : dates) {
            Optional<Day> existing = date == null ? Optional.empty()
                    : daysOf(block.id()).stream().filter(day -> date.equals(day.date())).findFirst();
            if (existing.isPresent()) {
                apply(new ProgramDayChanged(fractalId, programId, block.id(), existing.get().id(), command.name(),
                                            templateIds, ownerId, command.requestedAt()));
                dayIds.add(existing.get().id());
            } else {
                UUID dayId = dayId(command.idSeed(), made++);
                apply(new ProgramDayAdded(fractalId, programId, block.id(), dayId, command.name(), date, next++, templateIds,
                                          ownerId, command.requestedAt()));
                dayIds.add(dayId);
            }
        }
        return dayIds;
    }

    /**
     * A v1.2 day as it was: its number kept (gaps and duplicates included) and never merged with a day on the same
     * date, which v1.2 allowed. Today's other rules (a name, templates of the fractal, a date inside the block) hold.
     */
    @CommandHandler
    void handle(ImportProgramDay command, ProgramReferences references,
                @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        requireOwner(command.ownerId(), command.fractalId());
        if (importId == null) {
            throw new RuleViolationException("dayId", "Only an import brings days over as they were: add days instead");
        }
        Block block = block(command.blockId());
        if (days.containsKey(command.dayId())) {
            throw new IllegalStateException("A day id was used twice");
        }
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.name(command.name(), "Day name is required", errors);
        List<UUID> templateIds = ProgramRules.templates(fractalId, command.templateIds(), references, errors);
        if (command.date() != null && !block.covers(command.date())) {
            errors.add(new FieldError("date", "The date must lie inside the block (" + block.startDate() + " – "
                    + block.endDate() + ")"));
        }
        ProgramRules.refuseIfAny(errors);
        apply(new ProgramDayAdded(fractalId, programId, block.id(), command.dayId(), command.name(), command.date(),
                                  command.dayNumber(), templateIds, ownerId, command.requestedAt()));
    }

    private static List<LocalDate> weekdays(Block block, DayOfWeek dayOfWeek) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = block.startDate().plusDays((dayOfWeek.getValue() - block.startDate().getDayOfWeek().getValue() + 7) % 7);
        while (!date.isAfter(block.endDate())) {
            dates.add(date);
            date = date.plusWeeks(1);
        }
        return dates;
    }

    /** With {@code cascade}, the days with the same day number in the blocks that start after this one change too. */
    @CommandHandler
    void handle(EditProgramDay command, ProgramReferences references) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        Day day = day(block, command.dayId());
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.name(command.name(), "Day name is required", errors);
        List<UUID> templateIds = ProgramRules.templates(fractalId, command.templateIds(), references, errors);
        ProgramRules.refuseIfAny(errors);
        apply(new ProgramDayChanged(fractalId, programId, block.id(), day.id(), command.name(), templateIds, ownerId,
                                    command.requestedAt()));
        if (command.cascade()) {
            for (Block later : blocksInOrder()) {
                if (later.startDate().isAfter(block.startDate())) {
                    for (Day match : daysOf(later.id())) {
                        if (match.dayNumber() == day.dayNumber()) {
                            apply(new ProgramDayChanged(fractalId, programId, later.id(), match.id(), command.name(),
                                                        templateIds, ownerId, command.requestedAt()));
                        }
                    }
                }
            }
        }
    }

    /** To every other block: the days with the same day number are replaced; a block without one gets an abstract day. */
    /** Answers the ids of the days replaced or created. */
    @CommandHandler
    List<UUID> handle(CopyProgramDay command) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        Day day = day(block, command.dayId());
        int made = 0;
        List<UUID> dayIds = new ArrayList<>();
        for (Block other : blocksInOrder()) {
            if (other.id().equals(block.id())) {
                continue;
            }
            List<Day> matches = daysOf(other.id()).stream().filter(d -> d.dayNumber() == day.dayNumber()).toList();
            for (Day match : matches) {
                apply(new ProgramDayChanged(fractalId, programId, other.id(), match.id(), command.name(), day.templateIds(),
                                            ownerId, command.requestedAt()));
                dayIds.add(match.id());
            }
            if (matches.isEmpty()) {
                UUID dayId = dayId(command.idSeed(), made++);
                apply(new ProgramDayAdded(fractalId, programId, other.id(), dayId, command.name(), null, day.dayNumber(),
                                          day.templateIds(), ownerId, command.requestedAt()));
                dayIds.add(dayId);
            }
        }
        return dayIds;
    }

    @CommandHandler
    void handle(DeleteProgramDay command) {
        requireOwner(command.ownerId(), command.fractalId());
        Block block = block(command.blockId());
        Day day = day(block, command.dayId());
        apply(new ProgramDayDeleted(fractalId, programId, block.id(), day.id(), ownerId, command.requestedAt()));
    }

    private void requireOwner(String caller, UUID inFractal) {
        if (!ownerId.equals(caller) || !fractalId.equals(inFractal)) {
            throw new NotFoundException("Program");
        }
    }

    private Block block(UUID blockId) {
        Block block = blockId == null ? null : blocks.get(blockId);
        if (block == null) {
            throw new NotFoundException("Block");
        }
        return block;
    }

    private Day day(Block block, UUID dayId) {
        Day day = dayId == null ? null : days.get(dayId);
        if (day == null || !day.blockId().equals(block.id())) {
            throw new NotFoundException("Day");
        }
        return day;
    }

    private List<Day> daysOf(UUID blockId) {
        return days.values().stream().filter(day -> day.blockId().equals(blockId)).toList();
    }

    private int nextDayNumber(UUID blockId) {
        return daysOf(blockId).stream().mapToInt(Day::dayNumber).max().orElse(0) + 1;
    }

    private List<Block> blocksInOrder() {
        return blocks.values().stream().sorted(Comparator.comparing((Block b) -> b.startDate())
                                                         .thenComparing(b -> b.id())).toList();
    }

    @EventSourcingHandler
    void on(ProgramCreated event) {
        programId = event.programId();
        fractalId = event.fractalId();
        ownerId = event.ownerId();
        startDate = event.startDate();
        endDate = event.endDate();
    }

    @EventSourcingHandler
    void on(ProgramChanged event) {
        startDate = event.startDate();
        endDate = event.endDate();
    }

    @EventSourcingHandler
    void on(ProgramDeleted event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(ProgramBlockAdded event) {
        blocks.put(event.blockId(), new Block(event.blockId(), event.startDate(), event.endDate(), Set.of()));
    }

    @EventSourcingHandler
    void on(ProgramBlockChanged event) {
        Block block = blocks.get(event.blockId());
        blocks.put(block.id(), new Block(block.id(), event.startDate(), event.endDate(), block.goalIds()));
    }

    @EventSourcingHandler
    void on(ProgramBlockDeleted event) {
        blocks.remove(event.blockId());
        days.values().removeIf(day -> day.blockId().equals(event.blockId()));
    }

    @EventSourcingHandler
    void on(BlockGoalAttached event) {
        Block block = blocks.get(event.blockId());
        Set<UUID> goals = new LinkedHashSet<>(block.goalIds());
        goals.add(event.goalId());
        blocks.put(block.id(), block.withGoals(goals));
    }

    @EventSourcingHandler
    void on(BlockGoalDetached event) {
        Block block = blocks.get(event.blockId());
        Set<UUID> goals = new LinkedHashSet<>(block.goalIds());
        goals.remove(event.goalId());
        blocks.put(block.id(), block.withGoals(goals));
    }

    @EventSourcingHandler
    void on(ProgramDayAdded event) {
        days.put(event.dayId(), new Day(event.dayId(), event.blockId(), event.date(), event.dayNumber(), event.templateIds()));
    }

    @EventSourcingHandler
    void on(ProgramDayChanged event) {
        Day day = days.get(event.dayId());
        days.put(day.id(), new Day(day.id(), day.blockId(), day.date(), day.dayNumber(), event.templateIds()));
    }

    @EventSourcingHandler
    void on(ProgramDayDeleted event) {
        days.remove(event.dayId());
    }
}
