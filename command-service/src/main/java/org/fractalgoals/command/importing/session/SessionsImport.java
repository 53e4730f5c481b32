package org.fractalgoals.command.importing.session;

import org.fractalgoals.command.importing.ImportContext;
import org.fractalgoals.command.importing.ImportStep;
import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Instance;
import org.fractalgoals.command.importing.v1.V1Session;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionGoal;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionSection;
import org.fractalgoals.events.session.CompleteSession;
import org.fractalgoals.events.session.CreateSession;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * v1.2 sessions (not the soft-deleted ones) with their goal links, sections and activity instances in display
 * order, the instances' times, sets, single values and notes, and their completion, each at its v1.2 time.
 * Completion comes last, so that the instances' own times are set before it stops any timer still running.
 */
@Component
@Order(600)
public class SessionsImport implements ImportStep {

    static final String SESSIONS = "sessions";
    static final String INSTANCES = "activityInstances";
    static final String GOAL_LINKS = "sessionGoalLinks";
    static final String GOALS = "goals";
    static final String ACTIVITIES = "activities";
    private static final String TEMPLATES = "templates";
    private static final String PROGRAM_DAYS = "programDays";

    @Override
    public int rows(V1Database source) {
        return source.sessions().size() + source.instances().size();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        Map<String, V1Activity> activities = source.activities().stream()
                .collect(Collectors.toMap(V1Activity::id, Function.identity(), (a, b) -> a));
        Map<String, List<V1Instance>> instancesBySession = new LinkedHashMap<>();
        for (V1Instance instance : source.instances()) {
            instancesBySession.computeIfAbsent(instance.sessionId(), id -> new ArrayList<>()).add(instance);
        }
        Set<String> sessionIds = new LinkedHashSet<>();
        for (V1Session session : source.sessions()) {
            sessionIds.add(session.id());
            List<V1Instance> instances = instancesBySession.getOrDefault(session.id(), List.of());
            if (session.deleted()) {
                // Neither imported nor refused: deleting was the user's choice in v1.2.
                context.warn(SESSIONS, session.id(), "soft-deleted in v1.2: not imported (nor its "
                        + instances.size() + " activity instances)");
                continue;
            }
            session(session, instances, new InstanceImport(context, activities), context);
        }
        instancesBySession.forEach((sessionId, instances) -> {
            if (!sessionIds.contains(sessionId)) {
                instances.forEach(instance -> context.refuse(INSTANCES, instance.id(),
                        "its session " + sessionId + " no longer exists in v1.2"));
            }
        });
    }

    private void session(V1Session session, List<V1Instance> rows, InstanceImport instances, ImportContext context) {
        if (session.rootId() == null || !context.imported(GOALS, session.rootId())) {
            context.refuse(SESSIONS, session.id(), "its fractal (v1.2 goal " + session.rootId() + ") was not imported");
            refuseAll(rows, session, context);
            return;
        }
        UUID fractalId = context.idOf(GOALS, session.rootId());
        UUID sessionId = context.idOf(SESSIONS, session.id());
        List<UUID> goalIds = goals(session, context);
        SessionPlan plan = SessionPlan.of(session, rows);
        plan.warnings().forEach(message -> context.warn(SESSIONS, session.id(), message));
        boolean opened = !rows.isEmpty();
        List<SessionSection> sections = new ArrayList<>();
        for (int s = 0; s < session.sections().size(); s++) {
            V1SessionSection section = session.sections().get(s);
            List<SessionInstance> planned = opened ? List.of() : planned(session, s, section, context);
            sections.add(new SessionSection(section.name(), section.durationMinutes(), planned));
        }
        ImportContext.Outcome created = context.create(SESSIONS, session.id(), new CreateSession(
                sessionId, fractalId, session.name(), orNull(session.description()), template(session, context),
                programDay(session, context), session.start(), session.plannedMinutes(), sections, goalIds,
                context.ownerId(), createdAt(session)));
        if (!created.succeeded()) {
            refuseAll(rows, session, context);
            return;
        }
        InstanceImport.Target target = new InstanceImport.Target(fractalId, sessionId, goalIds, session);
        for (SessionPlan.Placement placement : plan.placements()) {
            instances.importInstance(placement.instance(), placement.section(), target);
        }
        complete(session, fractalId, sessionId, context);
    }

    /** The links to goals that came over; every other link is listed as refused. */
    private static List<UUID> goals(V1Session session, ImportContext context) {
        List<UUID> goalIds = new ArrayList<>();
        for (V1SessionGoal link : session.goals()) {
            if (context.imported(GOALS, link.goalId())) {
                goalIds.add(context.idOf(GOALS, link.goalId()));
            } else {
                context.refuse(GOAL_LINKS, session.id() + "/" + link.goalId(),
                               "goal " + link.goalId() + " no longer exists or was not imported: the session is not linked to it");
            }
        }
        return goalIds;
    }

    /**
     * A never-opened v1.2 session has no instance rows, only its template's activities per section: it gets an
     * instance for each activity that came over, as a session made from that template gets today.
     */
    private static List<SessionInstance> planned(V1Session session, int s, V1SessionSection section,
                                                 ImportContext context) {
        List<SessionInstance> planned = new ArrayList<>();
        for (int i = 0; i < section.activityIds().size(); i++) {
            String activityId = section.activityIds().get(i);
            if (context.imported(ACTIVITIES, activityId)) {
                planned.add(new SessionInstance(context.idOf(INSTANCES, session.id() + "/planned/" + s + "/" + i),
                                                context.idOf(ACTIVITIES, activityId)));
            } else {
                context.warn(SESSIONS, session.id(), "planned activity " + activityId + " of section " + (s + 1)
                        + " no longer exists or was not imported: left out of the section");
            }
        }
        return planned;
    }

    private static UUID template(V1Session session, ImportContext context) {
        if (session.templateId() == null) {
            return null;
        }
        if (context.imported(TEMPLATES, session.templateId())) {
            return context.idOf(TEMPLATES, session.templateId());
        }
        context.warn(SESSIONS, session.id(), "template " + session.templateId()
                + " no longer exists or was not imported: the session keeps no template link");
        return null;
    }

    private static UUID programDay(V1Session session, ImportContext context) {
        if (session.programDayId() == null) {
            return null;
        }
        if (context.imported(PROGRAM_DAYS, session.programDayId())) {
            return context.idOf(PROGRAM_DAYS, session.programDayId());
        }
        context.warn(SESSIONS, session.id(), "program day " + session.programDayId()
                + " was not imported: the session keeps no program day link");
        return null;
    }

    /**
     * {@code completed = 1} completes the session at its v1.2 completion time with its v1.2 end (either standing in
     * for the other when missing); {@code completed = 0} leaves it open even where v1.2 kept a
     * {@code completed_at} from before a reopening.
     */
    private static void complete(V1Session session, UUID fractalId, UUID sessionId, ImportContext context) {
        if (!session.completed()) {
            return;
        }
        Instant end = session.end() != null ? session.end() : session.completedAt();
        Instant completedAt = session.completedAt() != null ? session.completedAt() : session.end();
        if (end == null) {
            context.refuse(SESSIONS, session.id(), "complete: completed in v1.2 without an end or a completion time, "
                    + "so it is imported open");
            return;
        }
        context.apply(SESSIONS, session.id(), "complete",
                      new CompleteSession(sessionId, fractalId, null, context.ownerId(), completedAt, end));
    }

    private static void refuseAll(List<V1Instance> rows, V1Session session, ImportContext context) {
        rows.forEach(row -> context.refuse(INSTANCES, row.id(), "its session " + session.id() + " was not imported"));
    }

    /** v1.2 stores a missing description as {@code ''}; today it is absent. */
    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static Instant createdAt(V1Session session) {
        return firstOf(session.createdAt(), session.start(), session.completedAt(), session.end());
    }

    static Instant firstOf(Instant... times) {
        for (Instant time : times) {
            if (time != null) {
                return time;
            }
        }
        return Instant.EPOCH;
    }

    /** v1.2's instance rows in created order (ties by id): the order of those that no section lists. */
    static final Comparator<V1Instance> CREATED = Comparator
            .comparing(V1Instance::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(V1Instance::id);
}
