package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * One fractal whose stream has exactly the number of events asked for, written through the API as a user would:
 * a tree of goals (one event each), then edits of name and description (two events each), all texts made up.
 */
record LongFractal(UUID id, List<UUID> goals) {

    private static final int TOP_GOALS = 20;
    private static final int CLIENTS = 4;

    /** @param events at least 2 + goals */
    static LongFractal write(ApiClient api, String token, int events, int goals) throws Exception {
        if (events < 2 + goals) {
            throw new IllegalArgumentException("A fractal of " + goals + " goals has at least " + (2 + goals)
                                                       + " events");
        }
        UUID fractal = created(api.post("/api/v1/fractals", Map.of("name", "Benchmark")).token(token).send());
        String goalsPath = "/api/v1/fractals/" + fractal + "/goals";
        List<UUID> ids = new ArrayList<>();
        // A few goals under the root first, the others under them, so that the tree has some depth.
        for (int i = 0; i < Math.min(TOP_GOALS, goals); i++) {
            ids.add(created(api.post(goalsPath, Map.of("parentId", fractal, "name", "Goal " + i)).token(token).send()));
        }
        List<UUID> top = List.copyOf(ids);
        ids.addAll(inParallel(goals - top.size(), i -> {
            UUID parent = top.get(i % top.size());
            return created(api.post(goalsPath, Map.of("parentId", parent, "name", "Goal " + (top.size() + i)))
                              .token(token).send());
        }));
        int edits = events - 2 - goals;
        inParallel((edits + 1) / 2, i -> {
            UUID goal = ids.get(i % ids.size());
            boolean both = 2 * i + 1 < edits;
            Map<String, Object> patch = both ? Map.of("name", "Goal, edit " + i, "description", "Edit " + i)
                                             : Map.of("name", "Goal, edit " + i);
            Response response = api.patch(goalsPath + "/" + goal, patch).token(token).send();
            if (response.status() != 200) {
                throw new IllegalStateException("An edit answered " + response);
            }
            return goal;
        });
        return new LongFractal(fractal, List.copyOf(ids));
    }

    private static <T> List<T> inParallel(int count, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(pool.submit(() -> request.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pending) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static UUID created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Creating answered " + response);
        }
        return UUID.fromString(response.body().get("id").asText());
    }
}
