package org.fractalgoals.bench;

import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-your-writes lag as a user sees it: after a command whose effect a query can show (a goal created, a session
 * completed), the time from its 2xx to the query answering with the effect. Alternately (a) polling the plain query
 * every millisecond until it shows the effect: the read model's own lag; (b) one query with the command's
 * {@code X-Consistency-Token}, which the query-service answers once it has caught up: what a client of the contract
 * waits. Runs on its own thread beside the load and sends its own commands, which are not counted as load.
 */
final class ReadYourWritesProbe implements Practice.Recorder {

    private static final long GIVE_UP_NANOS = 10_000_000_000L;

    private final ApiClient read;
    private final BenchUser user;
    private final Latencies polled = new Latencies();
    private final Latencies withToken = new Latencies();
    private final Map<String, Long> failures = new ConcurrentHashMap<>();
    /** Per kind, so that goals and sessions are each measured both ways (one toggle would pair each with one way). */
    private final Set<CommandKind> lastWithToken = EnumSet.noneOf(CommandKind.class);
    private final AtomicLong succeeded = new AtomicLong();

    ReadYourWritesProbe(ApiClient read, BenchUser user) {
        this.read = read;
        this.user = user;
    }

    @Override
    public void record(CommandKind kind, long startedNanos, long endedNanos, int status, Response response,
                       Practice.Effect effect) {
        if (status >= 200 && status < 300) {
            succeeded.incrementAndGet();
        }
        if (effect == null) {
            return;
        }
        boolean useToken = !lastWithToken.remove(kind);
        if (useToken) {
            lastWithToken.add(kind);
        }
        try {
            if (useToken) {
                Response answer = read.get(effect.path()).token(user.token())
                                      .header(ConsistencyToken.HEADER, response.header(ConsistencyToken.HEADER).orElse(""))
                                      .send();
                if (answer.status() == 200 && effect.visible().test(answer.body())) {
                    withToken.add(endedNanos);
                } else {
                    failures.merge("with token: " + answer.status(), 1L, Long::sum);
                }
            } else {
                poll(effect, endedNanos);
            }
        } catch (RuntimeException failed) {
            failures.merge(failed.getClass().getSimpleName(), 1L, Long::sum);
        }
    }

    private void poll(Practice.Effect effect, long since) {
        while (System.nanoTime() - since < GIVE_UP_NANOS) {
            Response answer = read.get(effect.path()).token(user.token()).send();
            if (answer.status() == 200 && effect.visible().test(answer.body())) {
                polled.add(since);
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failures.merge("not visible within 10 s", 1L, Long::sum);
    }

    /** The probe's own commands answered 2xx (they cost the machine as the load's do). */
    long succeeded() {
        return succeeded.get();
    }

    Latencies polled() {
        return polled;
    }

    Latencies withToken() {
        return withToken;
    }

    Map<String, Long> failures() {
        return new TreeMap<>(failures);
    }
}
