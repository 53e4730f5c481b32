package org.fractalgoals.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes one fractal's history through the command-service's HTTP API, as users would: a tree of goals level by
 * level (root, 10 long-term, 100 mid-term, 1,000 short-term goals, the rest immediate), then edits of every kind
 * the tree knows until the stream holds exactly the asked number of events. Edits come from concurrent clients,
 * each owning a share of the goals, so every client knows exactly how many events each of its requests causes.
 */
final class FractalHistoryGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FANOUT = 10;
    private static final int FULL_LEVELS = 3;
    private static final double[] MARKS = {0.05, 0.5, 0.9};

    private final String baseUrl;
    private final BenchUser user;
    private final int goals;
    private final int events;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Latencies latencies = new Latencies();
    private final Map<Integer, Long> failures = new ConcurrentHashMap<>();

    /** The written history: the fractal, its event count and when 5 %, 50 % and 90 % of the events had happened. */
    record History(String fractalId, long events, List<Instant> marks, Instant end, double seconds) {
    }

    FractalHistoryGenerator(String baseUrl, BenchUser user, int goals, int events, int clients) {
        if (goals < 1 || events < goals + 1) {
            throw new IllegalArgumentException("Needs at least one goal and goals + 1 events (the fractal's own and one per goal)");
        }
        this.baseUrl = baseUrl;
        this.user = user;
        this.goals = goals;
        this.events = events;
        this.clients = clients;
    }

    History generate() throws Exception {
        long started = System.nanoTime();
        JsonNode created = send("POST", "/api/v1/fractals", Map.of("name", "Life", "description", "Everything"), 201);
        String fractal = created.get("id").asText();
        Progress progress = new Progress(events);
        progress.reserve(2);
        progress.written(2);
        List<List<Goal>> levels = createTree(fractal, progress);
        // A refused edit gives its events back; a client that had already stopped would leave them unwritten.
        for (int round = 0; round < 3 && progress.remaining.get() > 0; round++) {
            edit(fractal, levels, progress);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("wrote %,d events (%,d goals) in %.0f s: %.0f events/s; request p50 %.1f ms, p95 %.1f ms; "
                                  + "answers other than 2xx: %s%n",
                          progress.count.get(), goals, seconds, progress.count.get() / seconds,
                          latencies.percentile(50), latencies.percentile(95), failures.isEmpty() ? "none" : failures);
        return new History(fractal, progress.count.get(), progress.marks(), Instant.now(), seconds);
    }

    /** Level by level, so that every parent exists before its children are created. */
    private List<List<Goal>> createTree(String fractal, Progress progress) throws Exception {
        List<List<Goal>> levels = new ArrayList<>();
        levels.add(List.of(new Goal(fractal, null, 0)));
        int remaining = goals - 1;
        for (int depth = 1; remaining > 0; depth++) {
            List<Goal> parents = levels.getLast();
            int size = depth <= FULL_LEVELS ? Math.min(remaining, parents.size() * FANOUT) : remaining;
            AtomicReferenceArray<Goal> level = new AtomicReferenceArray<>(size);
            progress.reserve(size);
            int levelDepth = depth;
            inParallel(size, index -> {
                Goal parent = parents.get(index % parents.size());
                JsonNode answer = send("POST", "/api/v1/fractals/" + fractal + "/goals",
                                       Map.of("parentId", parent.id, "name", "Goal " + levelDepth + "." + index), 201);
                level.set(index, new Goal(answer.get("id").asText(), parent.id, levelDepth));
                progress.written(1);
            });
            List<Goal> created = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                created.add(level.get(i));
            }
            levels.add(created);
            remaining -= size;
        }
        return levels;
    }

    private void edit(String fractal, List<List<Goal>> levels, Progress progress) throws Exception {
        List<Goal> all = levels.stream().flatMap(List::stream).toList();
        List<Goal> newParents = levels.size() > 2 ? levels.get(levels.size() - 2) : List.of();
        int movableDepth = levels.size() > 2 ? levels.size() - 1 : -1;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            List<Goal> mine = new ArrayList<>();
            for (int i = client; i < all.size(); i += clients) {
                mine.add(all.get(i));
            }
            Random random = new Random(client);
            running.add(pool.submit(() -> {
                while (true) {
                    Goal goal = mine.get(random.nextInt(mine.size()));
                    Edit edit = Edit.pick(random, goal, goal.depth == movableDepth && newParents.size() > 1);
                    if (!progress.reserve(edit.events)) {
                        edit = Edit.RENAME;
                        if (!progress.reserve(edit.events)) {
                            return null;
                        }
                    }
                    if (!apply(fractal, goal, edit, random, newParents)) {
                        progress.giveBack(edit.events);
                    } else {
                        progress.written(edit.events);
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> client : running) {
            client.get();
        }
    }

    /** Sends the edit; true when it was accepted, and then the goal's state here follows it. */
    private boolean apply(String fractal, Goal goal, Edit edit, Random random, List<Goal> newParents) {
        String path = "/api/v1/fractals/" + fractal + "/goals/" + goal.id;
        int n = goal.edits++;
        try {
            switch (edit) {
                case RENAME -> send("PATCH", path, Map.of("name", "Goal renamed " + n), 200);
                case DESCRIBE -> send("PATCH", path, Map.of("description", "Why this matters, take " + n), 200);
                case EDIT_THREE -> send("PATCH", path, Map.of("name", "Goal edited " + n, "description",
                                                              "What it means now " + n, "relevance", "Because " + n), 200);
                case DEADLINE -> {
                    String deadline = "2030-01-01".equals(goal.deadline) ? "2030-06-30" : "2030-01-01";
                    send("PATCH", path, Map.of("deadline", deadline), 200);
                    goal.deadline = deadline;
                }
                case TOGGLE_COMPLETION -> {
                    send("POST", path + (goal.completed ? "/uncomplete" : "/complete"), null, 200);
                    goal.completed = !goal.completed;
                }
                case MOVE -> {
                    Goal parent = newParents.get(random.nextInt(newParents.size()));
                    if (parent.id.equals(goal.parentId)) {
                        parent = newParents.get((newParents.indexOf(parent) + 1) % newParents.size());
                    }
                    send("POST", path + "/move", Map.of("parentId", parent.id), 200);
                    goal.parentId = parent.id;
                }
                case ADD_TARGET -> goal.targets.add(send("POST", path + "/targets", target(n), 201).get("id").asText());
                case CHANGE_TARGET -> send("PATCH", path + "/targets/" + goal.targets.getFirst(), target(n), 200);
                case REMOVE_TARGET -> send("DELETE", path + "/targets/" + goal.targets.removeLast(), null, 204);
            }
            return true;
        } catch (RefusedException e) {
            failures.merge(e.status, 1L, Long::sum);
            return false;
        }
    }

    private static Map<String, Object> target(int n) {
        Map<String, Object> threshold = Map.of("metricId", "7d2f1d0e-0000-4000-8000-000000000001", "operator", "GTE",
                                               "value", 5 + n % 10);
        return Map.of("name", "Target " + n, "activityId", "7d2f1d0e-0000-4000-8000-000000000002",
                      "thresholds", List.of(threshold));
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                                                 .header("Authorization", "Bearer " + user.token());
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                       .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(started);
            if (response.statusCode() != expected) {
                throw new RefusedException(response.statusCode());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new RefusedException(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException(-1);
        }
    }

    private void inParallel(int count, IndexTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong next = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            running.add(pool.submit(() -> {
                for (int index = (int) next.getAndIncrement(); index < count; index = (int) next.getAndIncrement()) {
                    task.run(index);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> client : running) {
            client.get();
        }
    }

    private interface IndexTask {
        void run(int index);
    }

    /** A goal as the client that owns it knows it. */
    private static final class Goal {
        final String id;
        final int depth;
        final List<String> targets = new ArrayList<>();
        String parentId;
        String deadline;
        boolean completed;
        int edits;

        Goal(String id, String parentId, int depth) {
            this.id = id;
            this.parentId = parentId;
            this.depth = depth;
        }
    }

    /** The kinds of edit with their weights and the number of events each causes. */
    private enum Edit {
        RENAME(25, 1), DESCRIBE(15, 1), EDIT_THREE(10, 3), DEADLINE(10, 1), TOGGLE_COMPLETION(15, 1), MOVE(10, 1),
        ADD_TARGET(7, 1), CHANGE_TARGET(5, 1), REMOVE_TARGET(3, 1);

        private static final int TOTAL_WEIGHT = Arrays.stream(values()).mapToInt(edit -> edit.weight).sum();
        final int weight;
        final int events;

        Edit(int weight, int events) {
            this.weight = weight;
            this.events = events;
        }

        /**
         * Deadlines go on the deepest goals only, so no parent's or child's deadline can refuse them; an edit the goal
         * does not allow becomes a rename.
         */
        static Edit pick(Random random, Goal goal, boolean movable) {
            int roll = random.nextInt(TOTAL_WEIGHT);
            Edit picked = RENAME;
            for (Edit edit : values()) {
                if (roll < edit.weight) {
                    picked = edit;
                    break;
                }
                roll -= edit.weight;
            }
            boolean allowed = switch (picked) {
                case DEADLINE, MOVE -> movable;
                case ADD_TARGET -> goal.targets.size() < 3;
                case CHANGE_TARGET, REMOVE_TARGET -> !goal.targets.isEmpty();
                default -> true;
            };
            return allowed ? picked : RENAME;
        }
    }

    /** Events written so far and still to write, and when the marks were passed. */
    private static final class Progress {
        final AtomicLong count = new AtomicLong();
        final AtomicLong remaining;
        final long total;
        final Map<Double, Instant> passed = new ConcurrentHashMap<>();

        Progress(long total) {
            this.total = total;
            this.remaining = new AtomicLong(total);
        }

        /** Claims events for one request; false when there are not that many left to write. */
        boolean reserve(int events) {
            for (long left = remaining.get(); left >= events; left = remaining.get()) {
                if (remaining.compareAndSet(left, left - events)) {
                    return true;
                }
            }
            return false;
        }

        void giveBack(int events) {
            remaining.addAndGet(events);
        }

        void written(int events) {
            long now = count.addAndGet(events);
            for (double mark : MARKS) {
                if (now >= mark * total) {
                    passed.putIfAbsent(mark, Instant.now());
                }
            }
        }

        List<Instant> marks() {
            Map<Double, Instant> ordered = new LinkedHashMap<>();
            for (double mark : MARKS) {
                ordered.put(mark, passed.get(mark));
            }
            return List.copyOf(ordered.values());
        }
    }

    private static final class RefusedException extends RuntimeException {
        final int status;

        RefusedException(int status) {
            super("answered " + status);
            this.status = status;
        }
    }
}
