package org.fractalgoals.system;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients editing one goal and one session at once, over HTTP against the command-service: renames and
 * description changes of the goal and of the session, and activity instances added to the session; some with
 * If-Match on the ETag the client just read from the query-service, some without, some delivered several times at
 * once with one Idempotency-Key and body. Every edit carries a text of its own, so the read side can be checked
 * against the edit that came last.
 */
final class ConcurrentEdits {

    enum Kind {
        GOAL_NAME("GoalRenamed"), GOAL_DESCRIPTION("GoalDescriptionChanged"), SESSION_NAME("SessionRenamed"),
        SESSION_DESCRIPTION("SessionDescriptionChanged"), INSTANCE("ActivityInstanceAdded");

        final String event;

        Kind(String event) {
            this.event = event;
        }

        boolean ofGoal() {
            return this == GOAL_NAME || this == GOAL_DESCRIPTION;
        }
    }

    /** One delivery of an edit; the deliveries of one edit share its key and text. */
    record Sent(Kind kind, String text, String key, boolean ifMatch, Response response) {

        boolean acknowledged() {
            return response.status() >= 200 && response.status() < 300;
        }
    }

    private record Edit(Kind kind, boolean ifMatch, int deliveries) {
    }

    /** What each client sends, in this order: 12 edits, 4 of them delivered 3 times at once. */
    private static final List<Edit> PLAN = List.of(
            new Edit(Kind.GOAL_NAME, true, 1), new Edit(Kind.SESSION_NAME, false, 1),
            new Edit(Kind.GOAL_DESCRIPTION, false, 3), new Edit(Kind.INSTANCE, false, 1),
            new Edit(Kind.GOAL_NAME, false, 3), new Edit(Kind.SESSION_DESCRIPTION, true, 1),
            new Edit(Kind.INSTANCE, true, 3), new Edit(Kind.GOAL_DESCRIPTION, true, 1),
            new Edit(Kind.SESSION_NAME, true, 3), new Edit(Kind.GOAL_NAME, false, 1),
            new Edit(Kind.INSTANCE, false, 1), new Edit(Kind.SESSION_DESCRIPTION, false, 1));

    static final int DELIVERIES = 3;

    private final ApiClient commands;
    private final ApiClient queries;
    private final String token;
    final String fractal;
    final String goal;
    final String session;
    private final String activity;

    ConcurrentEdits(ApiClient commands, ApiClient queries, String token) {
        this.commands = commands;
        this.queries = queries;
        this.token = token;
        this.fractal = created(commands.post("/api/v1/fractals", Map.of("name", "Concurrency")).token(token).send());
        this.goal = created(commands.post(fractalPath() + "/goals",
                                          Map.of("parentId", fractal, "name", "Edited by all", "level", "LONG_TERM"))
                                    .token(token).send());
        this.activity = created(commands.post(fractalPath() + "/activities", Map.of(
                "name", "Scales", "hasSets", false, "hasSplits", false, "hasMetrics", false,
                "multiplicative", false, "metrics", List.of(), "splits", List.of())).token(token).send());
        this.session = created(commands.post(fractalPath() + "/sessions",
                                             Map.of("name", "Practice", "goalIds", List.of(goal)))
                                       .token(token).send());
    }

    /** {@code clients} clients send {@link #PLAN} each, all starting at once; every delivery is returned. */
    List<Sent> run(int clients) throws Exception {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < PLAN.size(); i++) {
                        sent.addAll(deliver(PLAN.get(i), "client " + id + " edit " + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(sent);
    }

    /** One edit, delivered {@code deliveries} times at once with one key (threads of its own, so truly together). */
    private List<Sent> deliver(Edit edit, String text) throws Exception {
        String key = UUID.randomUUID().toString();
        String ifMatch = edit.ifMatch() ? currentETag(edit.kind()) : null;
        if (edit.deliveries() == 1) {
            return List.of(send(edit, text, key, ifMatch));
        }
        CountDownLatch together = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < edit.deliveries(); i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    together.await();
                    sent.add(send(edit, text, key, ifMatch));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        together.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(errors).isEmpty();
        return List.copyOf(sent);
    }

    private Sent send(Edit edit, String text, String key, String ifMatch) {
        String sessionPath = fractalPath() + "/sessions/" + session;
        ApiClient.Request request = switch (edit.kind()) {
            case GOAL_NAME -> commands.patch(goalPath(), Map.of("name", text));
            case GOAL_DESCRIPTION -> commands.patch(goalPath(), Map.of("description", text));
            case SESSION_NAME -> commands.patch(sessionPath, Map.of("name", text));
            case SESSION_DESCRIPTION -> commands.patch(sessionPath, Map.of("description", text));
            case INSTANCE -> commands.post(sessionPath + "/activities", Map.of("activityId", activity));
        };
        request.token(token).header("Idempotency-Key", key);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return new Sent(edit.kind(), text, key, ifMatch != null, request.send());
    }

    /** The ETag the query-service answers now (it may already be stale when the edit arrives: then 412). */
    private String currentETag(Kind kind) {
        Response read = queries.get(kind.ofGoal() ? goalPath() : fractalPath() + "/sessions/" + session).token(token).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.header("ETag").orElseThrow();
    }

    String fractalPath() {
        return "/api/v1/fractals/" + fractal;
    }

    String goalPath() {
        return fractalPath() + "/goals/" + goal;
    }

    String sessionPath() {
        return fractalPath() + "/sessions/" + session;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
