package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Request;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * One user's world in a benchmark, written through the command API: a fractal with some goals and one activity with
 * sets of two metrics; and what that user does when practising ({@link #practise}): a new goal, a session for it
 * with the activity timed and its sets recorded, completed. Used by one thread at a time.
 */
final class Practice {

    /** What a query shows once a command has taken effect: the resource to read and how to tell. */
    record Effect(String path, Predicate<JsonNode> visible) {
    }

    /** Told about every command sent; {@code response} is null when the request itself failed (status -1). */
    interface Recorder {
        void record(CommandKind kind, long startedNanos, long endedNanos, int status, Response response, Effect effect);
    }

    private final ApiClient write;
    private final BenchUser user;
    private final String fractal;
    private final List<String> goals;
    private final String activity;
    private final String tempo;
    private final String reps;
    private int sessions;

    private Practice(ApiClient write, BenchUser user, String fractal, List<String> goals, String activity,
                     String tempo, String reps) {
        this.write = write;
        this.user = user;
        this.fractal = fractal;
        this.goals = goals;
        this.activity = activity;
        this.tempo = tempo;
        this.reps = reps;
    }

    /** A new user's fractal with {@code goals} goals under its root and the activity; the read side gives the metric ids. */
    static Practice create(ApiClient write, ApiClient read, int goals) {
        BenchUser user = new BenchUser();
        String fractal = created(write.post("/api/v1/fractals", Map.of("name", "Learn the piano")).token(user.token()).send());
        List<String> ids = new ArrayList<>(List.of(fractal));
        for (int i = 0; i < goals; i++) {
            ids.add(created(write.post("/api/v1/fractals/" + fractal + "/goals",
                                       Map.of("parentId", fractal, "name", "Goal " + i)).token(user.token()).send()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "C major scale");
        body.put("hasSets", true);
        body.put("hasSplits", false);
        body.put("hasMetrics", true);
        body.put("multiplicative", true);
        body.put("metrics", List.of(Map.of("name", "Tempo", "unit", "bpm", "topSet", true, "multiplicative", true),
                                    Map.of("name", "Reps", "unit", "reps", "topSet", false, "multiplicative", true)));
        body.put("splits", List.of());
        Response activity = write.post("/api/v1/fractals/" + fractal + "/activities", body).token(user.token()).send();
        String activityId = created(activity);
        Response detail = read.get("/api/v1/fractals/" + fractal + "/activities/" + activityId).token(user.token())
                              .header("X-Consistency-Token", activity.header("X-Consistency-Token").orElseThrow())
                              .send();
        if (detail.status() != 200) {
            throw new IllegalStateException("the activity's detail answered " + detail);
        }
        JsonNode metrics = detail.body().get("metrics");
        return new Practice(write, user, fractal, ids, activityId, metrics.get(0).get("id").asText(),
                            metrics.get(1).get("id").asText());
    }

    BenchUser user() {
        return user;
    }

    String fractal() {
        return fractal;
    }

    String activity() {
        return activity;
    }

    String tempo() {
        return tempo;
    }

    /** One practice session, seven commands; stops at the first one not answered 2xx. True if all seven were. */
    boolean practise(Recorder recorder) {
        String base = "/api/v1/fractals/" + fractal;
        String parent = goals.get(ThreadLocalRandom.current().nextInt(goals.size()));
        Response goal = send(CommandKind.CREATE_GOAL, write.post(base + "/goals", Map.of("parentId", parent, "name",
                                                                                        "Practise " + sessions)),
                             recorder, created -> new Effect(base + "/goals/" + created, node -> node.has("id")));
        if (goal == null) {
            return false;
        }
        // Practice goals go under the first goals only: a chain of goals under goals would reach NANO, which
        // takes no children (the first run of this benchmark met that as 400 answers).
        String goalId = goal.body().get("id").asText();
        Instant startedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Response session = send(CommandKind.CREATE_SESSION,
                                write.post(base + "/sessions", Map.of("name", "Practice " + ++sessions, "startedAt",
                                                                      startedAt.toString(), "goalIds", List.of(goalId))),
                                recorder, null);
        if (session == null) {
            return false;
        }
        String sessionPath = base + "/sessions/" + session.body().get("id").asText();
        Response instance = send(CommandKind.ADD_INSTANCE,
                                 write.post(sessionPath + "/activities", Map.of("activityId", activity)), recorder, null);
        if (instance == null) {
            return false;
        }
        String instancePath = sessionPath + "/activities/" + instance.body().get("id").asText();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Object> sets = new ArrayList<>();
        for (int set = 0, count = 2 + random.nextInt(3); set < count; set++) {
            sets.add(Map.of("values", List.of(Map.of("metricId", tempo, "value", 80 + random.nextInt(80)),
                                              Map.of("metricId", reps, "value", 1 + random.nextInt(8)))));
        }
        return send(CommandKind.START_TIMER, write.post(instancePath + "/timer/start", null), recorder, null) != null
               && send(CommandKind.STOP_TIMER, write.post(instancePath + "/timer/stop", null), recorder, null) != null
               && send(CommandKind.RECORD_SETS, write.method("PUT", instancePath + "/sets", sets), recorder, null) != null
               && send(CommandKind.COMPLETE_SESSION, write.post(sessionPath + "/complete", null), recorder,
                       ignored -> new Effect(sessionPath, node -> node.path("completed").asBoolean())) != null;
    }

    /** The response if 2xx, else null; {@code effect} builds what to look for from the created id (if any). */
    private Response send(CommandKind kind, Request request, Recorder recorder,
                          java.util.function.Function<String, Effect> effect) {
        long started = System.nanoTime();
        Response response;
        try {
            response = request.token(user.token()).send();
        } catch (UncheckedIOException | IllegalStateException failed) {
            recorder.record(kind, started, System.nanoTime(), -1, null, null);
            return null;
        }
        long ended = System.nanoTime();
        boolean ok = response.status() / 100 == 2;
        Effect expected = ok && effect != null ? effect.apply(response.body().path("id").asText()) : null;
        recorder.record(kind, started, ended, response.status(), response, expected);
        return ok ? response : null;
    }

    private static String created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("expected 201, got " + response);
        }
        return response.body().get("id").asText();
    }
}
