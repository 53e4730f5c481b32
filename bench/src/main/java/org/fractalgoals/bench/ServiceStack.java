package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded stack a benchmark measures: a fresh database, the command- and query-service from their jars and,
 * if asked, the web entry in front of them, all launched at once. Records the cold start (from the first launch to
 * every readiness probe UP) and samples each service's resident set while it runs.
 */
final class ServiceStack implements AutoCloseable {

    private final String database;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final double databaseSeconds;
    private double coldStartSeconds;
    private RssSampler rss;
    private CpuTimes cpu;

    private ServiceStack(String database, double databaseSeconds) {
        this.database = database;
        this.databaseSeconds = databaseSeconds;
    }

    /** {@code modules}: any of command-service, query-service, web (web routes to the other two). */
    /** Both services, and the web entry in front of them when the hop through it is measured too. */
    static List<String> services(boolean withWebEntry) {
        return withWebEntry ? List.of("command-service", "query-service", "web")
                            : List.of("command-service", "query-service");
    }

    static ServiceStack start(Path project, String databasePrefix, List<String> modules) throws Exception {
        long started = System.nanoTime();
        String database = SharedPostgres.newDatabase(databasePrefix);
        ServiceStack stack = new ServiceStack(database, EmbeddedDefaultDatabase.takeStartSeconds()
                                                        + (System.nanoTime() - started) / 1e9);
        try {
            stack.launch(project, modules);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void launch(Path project, List<String> modules) throws Exception {
        long started = System.nanoTime();
        ServiceProcess commands = null;
        ServiceProcess queries = null;
        if (modules.contains("command-service")) {
            commands = add(ServiceProcess.start(project, "command-service", database));
        }
        if (modules.contains("query-service")) {
            queries = add(ServiceProcess.start(project, "query-service", database));
        }
        if (modules.contains("web")) {
            add(ServiceProcess.start(project, "web", database, Map.of(
                    "FRACTAL_COMMAND_SERVICE_URL", commands == null ? "http://localhost:1" : commands.baseUrl(),
                    "FRACTAL_QUERY_SERVICE_URL", queries == null ? "http://localhost:1" : queries.baseUrl())));
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
        }
        coldStartSeconds = (System.nanoTime() - started) / 1e9;
        rss = new RssSampler(services);
        cpu = CpuTimes.of(services, EmbeddedDefaultDatabase.postmaster());
    }

    private ServiceProcess add(ServiceProcess service) {
        services.add(service);
        return service;
    }

    String database() {
        return database;
    }

    String url(String module) {
        return services.stream().filter(service -> service.name().equals(module)).findFirst()
                       .orElseThrow(() -> new IllegalStateException(module + " was not started")).baseUrl();
    }

    boolean has(String module) {
        return services.stream().anyMatch(service -> service.name().equals(module));
    }

    /** Seconds from launching the services to all of them ready (the database was already up). */
    double coldStartSeconds() {
        return coldStartSeconds;
    }

    /** Seconds to create the database, including starting the embedded PostgreSQL if this run had not yet. */
    double databaseSeconds() {
        return databaseSeconds;
    }

    RssSampler rss() {
        return rss;
    }

    CpuTimes cpu() {
        return cpu;
    }

    String describeStart() {
        return String.format("cold start: %s ready %.1f s after launch (database %.1f s before that)",
                             String.join(", ", services.stream().map(ServiceProcess::name).toList()),
                             coldStartSeconds, databaseSeconds);
    }

    String describeLogs() {
        return "logs: " + String.join(", ", services.stream().map(s -> s.name() + " " + s.log()).toList());
    }

    @Override
    public void close() throws InterruptedException {
        if (rss != null) {
            rss.close();
        }
        for (ServiceProcess service : services.reversed()) {
            service.close();
        }
    }
}
