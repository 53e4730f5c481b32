package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;

import java.util.ArrayList;
import java.util.List;

/** What the query-service's admin API says about its read models (the caller needs role admin). */
final class ReadModels {

    private ReadModels() {
    }

    /** Waits until every live read model has processed the event store up to {@code head} events. */
    static void awaitCaughtUp(ApiClient api, BenchUser admin, long head) throws InterruptedException {
        long lastPrint = System.nanoTime();
        while (true) {
            long slowest = Long.MAX_VALUE;
            for (JsonNode item : items(api, admin)) {
                slowest = Math.min(slowest, item.get("position").asLong());
            }
            if (slowest >= head && slowest != Long.MAX_VALUE) {
                return;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  live read models: slowest at %,d of %,d%n", slowest, head);
            }
            Thread.sleep(500);
        }
    }

    /** Waits until the admin API reports no lag for any read model: they hold every event committed so far. */
    static void awaitNoLag(ApiClient api, BenchUser admin) throws InterruptedException {
        long deadline = System.nanoTime() + 15 * 60 * 1_000_000_000L;
        while (true) {
            boolean caughtUp = true;
            for (JsonNode item : items(api, admin)) {
                caughtUp &= item.get("lag").asLong() == 0;
            }
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not catch up within 15 minutes");
            }
            Thread.sleep(500);
        }
    }

    static List<String> names(ApiClient api, BenchUser admin) {
        List<String> names = new ArrayList<>();
        items(api, admin).forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static JsonNode items(ApiClient api, BenchUser admin) {
        ApiClient.Response overview = api.get("/api/v1/admin/projections").token(admin.token()).send();
        if (overview.status() != 200) {
            throw new IllegalStateException("the projections overview answered " + overview);
        }
        return overview.body().get("items");
    }
}
