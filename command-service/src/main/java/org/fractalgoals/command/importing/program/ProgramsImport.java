package org.fractalgoals.command.importing.program;

import org.fractalgoals.command.importing.ImportContext;
import org.fractalgoals.command.importing.ImportStep;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;
import org.fractalgoals.command.importing.v1.V1Program;
import org.fractalgoals.command.importing.v1.V1Program.V1Block;
import org.fractalgoals.command.importing.v1.V1Program.V1Day;
import org.fractalgoals.events.program.AddProgramBlock;
import org.fractalgoals.events.program.AttachBlockGoal;
import org.fractalgoals.events.program.CreateProgram;
import org.fractalgoals.events.program.ImportProgramDay;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * v1.2 programs with their blocks, the goals attached to the blocks, and the blocks' days (dated and abstract, with
 * their day numbers and templates), after the goals and templates they name. A block goal is attached without a
 * deadline: the imported goal keeps the deadline its v1.2 row has.
 */
@Component
@Order(500)
public class ProgramsImport implements ImportStep {

    static final String PROGRAMS = "programs";
    static final String BLOCKS = "programBlocks";
    static final String DAYS = "programDays";
    private static final String GOALS = "goals";
    private static final String TEMPLATES = "templates";
    /** The v1.2 types a program may target today (long-, mid- and short-term goals). */
    private static final Set<String> TARGET_TYPES = Set.of("LongTermGoal", "MidTermGoal", "ShortTermGoal");

    @Override
    public int rows(V1Database source) {
        return source.programs().stream()
                     .mapToInt(program -> 1 + program.blocks().size()
                             + program.blocks().stream().mapToInt(block -> block.days().size()).sum())
                     .sum();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        Map<String, V1Goal> goals = source.goals().stream()
                                          .collect(Collectors.toMap(V1Goal::id, Function.identity(), (a, b) -> a));
        for (V1Program program : source.programs()) {
            program(program, goals, context);
        }
    }

    private void program(V1Program program, Map<String, V1Goal> goals, ImportContext context) {
        if (program.rootId() == null || !context.imported(GOALS, program.rootId())) {
            refuseWithBlocks(program, context, "its fractal (v1.2 goal " + program.rootId() + ") was not imported");
            return;
        }
        UUID fractalId = context.idOf(GOALS, program.rootId());
        UUID programId = context.idOf(PROGRAMS, program.id());
        Instant at = createdAt(program);
        List<UUID> goalIds = new ArrayList<>();
        for (String goalId : program.goalIds()) {
            V1Goal goal = goals.get(goalId);
            if (!context.imported(GOALS, goalId)) {
                context.refuse(PROGRAMS, program.id() + "/" + goalId,
                               "target goal " + goalId + " no longer exists or was not imported: left out of the program's goals");
            } else if (goal != null && !TARGET_TYPES.contains(goal.type())) {
                context.refuse(PROGRAMS, program.id() + "/" + goalId, "a program targets long-, mid- or short-term goals; "
                        + "goal " + goalId + " is a " + goal.type() + ": left out of the program's goals");
            } else {
                goalIds.add(context.idOf(GOALS, goalId));
            }
        }
        ImportContext.Outcome created = context.create(PROGRAMS, program.id(), new CreateProgram(
                programId, fractalId, program.name(), orNull(program.description()), program.start(), program.end(),
                program.active(), goalIds, context.ownerId(), at));
        if (!created.succeeded()) {
            refuseBlocks(program, context, "its program " + program.id() + " was not imported");
            return;
        }
        for (V1Block block : program.blocks()) {
            block(block, fractalId, programId, at, context);
        }
    }

    private void block(V1Block block, UUID fractalId, UUID programId, Instant at, ImportContext context) {
        UUID blockId = context.idOf(BLOCKS, block.id());
        ImportContext.Outcome created = context.create(BLOCKS, block.id(), new AddProgramBlock(
                programId, fractalId, blockId, block.name(), block.start(), block.end(), block.color(),
                context.ownerId(), at));
        if (!created.succeeded()) {
            refuseDays(block, context, "its block " + block.id() + " was not imported");
            return;
        }
        for (String goalId : block.goalIds()) {
            if (!context.imported(GOALS, goalId)) {
                context.refuse(BLOCKS, block.id() + "/" + goalId,
                               "attached goal " + goalId + " no longer exists or was not imported: not attached");
            } else {
                context.apply(BLOCKS, block.id(), "attachGoal/" + goalId, new AttachBlockGoal(
                        programId, fractalId, blockId, context.idOf(GOALS, goalId), null, context.ownerId(), at));
            }
        }
        for (V1Day day : block.days()) {
            day(day, fractalId, programId, blockId, at, context);
        }
    }

    private void day(V1Day day, UUID fractalId, UUID programId, UUID blockId, Instant at, ImportContext context) {
        List<UUID> templateIds = new ArrayList<>();
        for (String templateId : day.templateIds()) {
            if (context.imported(TEMPLATES, templateId)) {
                templateIds.add(context.idOf(TEMPLATES, templateId));
            } else {
                context.refuse(DAYS, day.id() + "/" + templateId,
                               "template " + templateId + " no longer exists or was not imported: left out of the day");
            }
        }
        context.create(DAYS, day.id(), new ImportProgramDay(programId, fractalId, blockId, context.idOf(DAYS, day.id()),
                                                            day.name(), day.date(), day.dayNumber(), templateIds,
                                                            context.ownerId(), at));
    }

    private static void refuseWithBlocks(V1Program program, ImportContext context, String reason) {
        context.refuse(PROGRAMS, program.id(), reason);
        refuseBlocks(program, context, "its program " + program.id() + " was not imported");
    }

    private static void refuseBlocks(V1Program program, ImportContext context, String reason) {
        for (V1Block block : program.blocks()) {
            context.refuse(BLOCKS, block.id(), reason);
            refuseDays(block, context, "its block " + block.id() + " was not imported");
        }
    }

    private static void refuseDays(V1Block block, ImportContext context, String reason) {
        for (V1Day day : block.days()) {
            context.refuse(DAYS, day.id(), reason);
        }
    }

    /** v1.2 stores a missing description as {@code ''}; today it is absent. */
    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** v1.2 has no creation time for blocks and days: they take their program's. */
    private static Instant createdAt(V1Program program) {
        if (program.createdAt() != null) {
            return program.createdAt();
        }
        return program.start() == null ? Instant.EPOCH : program.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
