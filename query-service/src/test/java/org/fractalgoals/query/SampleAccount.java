package org.fractalgoals.query;

import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.consistency.ConsistencyToken;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One user's data across every kind of aggregate, written as the command side writes it (each stream under its
 * aggregate type): terms accepted, a fractal with goals, a target achieved in a session and a deleted goal, activity
 * groups and an activity, a template, a session with a recorded set and instance notes, notes, a program with a block,
 * a day and a session of that day, and a second fractal that was deleted. Every text contains {@link #marker}, and
 * every id the user's events carry is listed in {@link #ids}, so that a test can look for any trace of the user.
 */
public final class SampleAccount {

    public static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    public final String owner;
    public final String marker = "secret-" + UUID.randomUUID();
    public final UUID fractal = UUID.randomUUID();
    public final UUID deletedFractal = UUID.randomUUID();
    public final UUID child = UUID.randomUUID();
    public final UUID deletedGoal = UUID.randomUUID();
    public final UUID target = UUID.randomUUID();
    public final UUID groups;
    public final UUID group = UUID.randomUUID();
    public final UUID activity = UUID.randomUUID();
    public final UUID metric = UUID.randomUUID();
    public final UUID split = UUID.randomUUID();
    public final UUID template = UUID.randomUUID();
    public final UUID session = UUID.randomUUID();
    public final UUID instance = UUID.randomUUID();
    public final UUID sessionNote = UUID.randomUUID();
    public final UUID goalNote = UUID.randomUUID();
    public final UUID program = UUID.randomUUID();
    public final UUID block = UUID.randomUUID();
    public final UUID day = UUID.randomUUID();
    public final UUID daySession = UUID.randomUUID();
    /** Goals added by {@link #addGoals}, in order. */
    public final List<UUID> addedGoals = new ArrayList<>();

    private final EventWriter writer;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, Integer> countsByType = new TreeMap<>();
    private Instant clock = AT;
    private ConsistencyToken last;

    private SampleAccount(EventWriter writer, String owner) {
        this.writer = writer;
        this.owner = owner;
        this.groups = ActivityGroupsId.of(fractal);
    }

    /** Writes the whole sample for this owner. */
    public static SampleAccount write(EventWriter writer, String owner) {
        SampleAccount sample = new SampleAccount(writer, owner);
        sample.writeAll();
        return sample;
    }

    private void writeAll() {
        append("Account", AccountEvent.aggregateIdOf(owner), new TermsAccepted("2026-01", owner, next()));
        append("Fractal", fractal,
               new FractalCreated(fractal, owner, next()),
               new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, text("Root"), text("Why"), null,
                               text("Relevance"), owner, next()),
               new GoalCreated(fractal, child, fractal, GoalLevel.LONG_TERM, text("Child"), null,
                               LocalDate.parse("2026-12-31"), null, owner, next()),
               new GoalCreated(fractal, deletedGoal, fractal, GoalLevel.LONG_TERM, text("Gone"), null, null, null,
                               owner, next()),
               new TargetAdded(fractal, child, target, text("Target"), activity,
                               List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("10"))), owner, next()));
        append("ActivityGroups", groups, new ActivityGroupCreated(fractal, group, text("Group"), text("Group about"), owner,
                                                                  next()));
        append("Activity", activity,
               new ActivityCreated(fractal, activity, text("Squat"), text("Deep"), group, true, true, true, false,
                                   List.of(new MetricDefinition(metric, text("Weight"), text("kg"), true, false)),
                                   List.of(new SplitDefinition(split, text("Left"))), owner, next()));
        append("Template", template,
               new TemplateCreated(fractal, template, text("Leg day"), text("Template about"),
                                   List.of(new TemplateSection(text("Warm-up"), 10, List.of(activity))), owner, next()));
        append("Session", session,
               new SessionCreated(fractal, session, text("Morning"), text("Session about"), template, null, next(), 10,
                                  List.of(new SessionSection(text("Warm-up"), 10, List.of(new SessionInstance(instance, activity)))),
                                  List.of(child, deletedGoal), owner, next()),
               new SetsRecorded(fractal, session, instance, activity,
                                List.of(new ActivitySet(List.of(new RecordedValue(metric, split, new BigDecimal("12"))))),
                                owner, next()),
               new InstanceNoteChanged(fractal, session, instance, text("Felt strong"), owner, next()));
        append("Fractal", fractal,
               new TargetAchieved(fractal, child, target, session, instance, owner, next()),
               new GoalCompleted(fractal, child, CompletionSource.TARGETS, session, owner, next()));
        append("Note", sessionNote,
               new NoteCreated(fractal, sessionNote, NoteContext.SESSION, session, session, text("Session note"), owner, next()));
        append("Note", goalNote,
               new NoteCreated(fractal, goalNote, NoteContext.GOAL, deletedGoal, null, text("Goal note"), owner, next()));
        append("Program", program,
               new ProgramCreated(fractal, program, text("Spring"), text("Program about"), LocalDate.parse("2026-03-01"),
                                  LocalDate.parse("2026-05-31"), true, List.of(child), owner, next()),
               new ProgramBlockAdded(fractal, program, block, text("Base"), LocalDate.parse("2026-03-01"),
                                     LocalDate.parse("2026-03-31"), "#112233", owner, next()),
               new BlockGoalAttached(fractal, program, block, child, owner, next()),
               new ProgramDayAdded(fractal, program, block, day, text("Monday"), LocalDate.parse("2026-03-02"), 1,
                                   List.of(template), owner, next()));
        append("Session", daySession,
               new SessionCreated(fractal, daySession, text("Day session"), null, template, day, null, 10, List.of(),
                                  List.of(child), owner, next()));
        append("Fractal", fractal, new GoalDeleted(fractal, deletedGoal, List.of(deletedGoal), owner, next()));
        append("Fractal", deletedFractal,
               new FractalCreated(deletedFractal, owner, next()),
               new GoalCreated(deletedFractal, deletedFractal, null, GoalLevel.ULTIMATE, text("Abandoned"), null, null,
                               null, owner, next()),
               new FractalDeleted(deletedFractal, owner, next()));
    }

    /** Adds this many goals below the root, each created and renamed once (two events a goal). */
    public void addGoals(int count) {
        List<OwnedEvent> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID goal = UUID.randomUUID();
            addedGoals.add(goal);
            batch.add(new GoalCreated(fractal, goal, fractal, GoalLevel.MID_TERM, text("Goal " + i), null, null, null,
                                      owner, next()));
            batch.add(new GoalRenamed(fractal, goal, text("Goal " + i + " renamed"), owner, next()));
            if (batch.size() >= 500) {
                append("Fractal", fractal, batch.toArray(OwnedEvent[]::new));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            append("Fractal", fractal, batch.toArray(OwnedEvent[]::new));
        }
    }

    /** Records this many more sets in the session's instance (one event each). */
    public void recordSets(int count) {
        List<OwnedEvent> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new SetsRecorded(fractal, session, instance, activity,
                                       List.of(new ActivitySet(List.of(new RecordedValue(metric, split, BigDecimal.valueOf(i))))),
                                       owner, next()));
            if (batch.size() >= 500) {
                append("Session", session, batch.toArray(OwnedEvent[]::new));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            append("Session", session, batch.toArray(OwnedEvent[]::new));
        }
    }

    /** The consistency token of the last events written. */
    public ConsistencyToken last() {
        return last;
    }

    /** How many events of each type were written, by the event's simple class name. */
    public Map<String, Integer> countsByType() {
        return Map.copyOf(countsByType);
    }

    public int events() {
        return countsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every id the user's events carry, the owner's own included. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(List.of(owner, AccountEvent.aggregateIdOf(owner)));
        Arrays.asList(fractal, deletedFractal, child, deletedGoal, target, groups, group, activity, metric, split,
                      template, session, instance, sessionNote, goalNote, program, block, day, daySession)
              .forEach(id -> ids.add(id.toString()));
        addedGoals.forEach(id -> ids.add(id.toString()));
        return ids;
    }

    /** A text as the user would type it, carrying the marker. */
    public String text(String text) {
        return text + " " + marker;
    }

    private void append(String type, UUID aggregateId, OwnedEvent... events) {
        append(type, aggregateId.toString(), events);
    }

    private void append(String type, String aggregateId, OwnedEvent... events) {
        long first = nextSequence.getOrDefault(aggregateId, 0L);
        last = writer.appendTo(type, aggregateId, first, events);
        nextSequence.put(aggregateId, first + events.length);
        for (OwnedEvent event : events) {
            countsByType.merge(event.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    /** Business times one second apart, in the order written, all before the tests' fixed clock. */
    private Instant next() {
        clock = clock.plusSeconds(1);
        return clock;
    }
}
