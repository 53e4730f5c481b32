package org.fractalgoals.command.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.OpenApiDocument;
import org.fractalgoals.platform.web.UnstorableText;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.fractalgoals.platform.web.BodySizeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every command of the command-service's OpenAPI document (so a new command is covered without
 * being listed here): each try builds one hostile request and sends it to every command (deletions, which read
 * no body, get one of their own: a hostile path id or header), on a fresh user's fractal holding one of
 * everything. No answer may be a 5xx; every refusal is an RFC 7807 problem detail; a
 * refused command leaves the event store as it was; a body over the size limit is refused with 413.
 *
 * <p>Plain JUnit Jupiter with our own generators ({@link HostileInputs}): one dynamic test per try and command.
 * The requests of try {@code n} come from a {@link Random} seeded with the run's seed and {@code n} only, so
 * {@code -Dhostile.seed=S} repeats a run exactly (the seed is printed at the start and in every failure).
 * {@code -Dhostile.tries=N} sets the number of tries (50 by default, 2,000 with the Maven profile
 * {@code hostile-input}; see docs/reliability.md). The name ends in Test so that surefire's default includes
 * pick the class up.
 */
class HostileInputPropertyTest extends CommandServiceTest {

    private static final int DEFAULT_TRIES = 50;
    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final AtomicLong SERVER_ERRORS = new AtomicLong();
    private static final Map<String, Long> KINDS = new ConcurrentSkipListMap<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper mapper;
    @Autowired
    private BodySizeProperties bodySizes;

    @TestFactory
    Stream<DynamicTest> no_command_fails_on_hostile_input_and_no_refused_command_changes_the_event_store() {
        long seed = Long.getLong("hostile.seed", new SecureRandom().nextLong());
        int tries = Integer.getInteger("hostile.tries", DEFAULT_TRIES);
        List<String> commands = commands();
        System.out.printf("Hostile input: seed %d, %d tries of %d commands (repeat with -Dhostile.seed=%d)%n",
                          seed, tries, commands.size(), seed);
        return IntStream.rangeClosed(1, tries).boxed().flatMap(number -> {
            Try attempt = new Try(number, seed);
            return commands.stream().map(operation -> DynamicTest.dynamicTest(
                    "try " + number + ": " + operation, () -> attempt.send(operation)));
        });
    }

    @AfterAll
    static void figures() {
        // Read into docs/reliability.md.
        System.out.printf("Hostile input: %d requests, %d accepted, %d refused, %d answered 5xx; tries by kind: %s%n",
                          TRIED.get(), ACCEPTED.get(), REFUSED.get(), SERVER_ERRORS.get(), KINDS);
    }

    /** The commands of the service's OpenAPI document. */
    private List<String> commands() {
        OpenApiDocument document = new OpenApiDocument(api.get("/v3/api-docs").send().body());
        // Deletions last, erasing the account last of all, so that the other commands still find what they name.
        List<String> commands = document.operations().stream()
                .filter(operation -> COMMAND_METHODS.contains(operation.substring(0, operation.indexOf(' '))))
                .filter(operation -> operation.contains(" /api/"))
                .sorted(Comparator.comparing((String operation) -> operation.equals("DELETE /api/v1/me"))
                                  .thenComparing(operation -> operation.startsWith("DELETE ")))
                .toList();
        assertThat(commands).hasSizeGreaterThan(50);
        return commands;
    }

    /**
     * One try: its two hostile requests, and a fresh user with a fixture, made when the try's first command is
     * sent (the dynamic tests run one after the other, in order).
     */
    private final class Try {

        private final int number;
        private final long seed;
        private final HostileRequest hostile;
        private final HostileRequest hostileBodiless;
        private final String token = TestTokens.forUser(TestTokens.newUserId());
        private CommandFixture fixture;

        Try(int number, long seed) {
            this.number = number;
            this.seed = seed;
            // Depends on the seed and the try's number only, so a try is the same whatever the number of tries.
            Random random = new Random(seed ^ (number * 0x9E3779B97F4A7C15L));
            this.hostile = HostileInputs.request(random);
            this.hostileBodiless = HostileInputs.bodilessRequest(random);
        }

        void send(String operation) {
            if (fixture == null) {
                fixture = new CommandFixture(api, token, eventStore);
                KINDS.merge(hostile.kind(), 1L, Long::sum);
            }
            HostileRequest sent = operation.startsWith("DELETE ") ? hostileBodiless : hostile;
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1), fixture, sent.pathSegment());
            long eventsBefore = events();
            long lastBefore = lastGlobalIndex();
            HttpResponse<String> response = HostileInputPropertyTest.this.send(method, path, sent, token);
            int status = response.statusCode();
            TRIED.incrementAndGet();
            List<String> wrong = new ArrayList<>();
            if (status >= 500) {
                SERVER_ERRORS.incrementAndGet();
                wrong.add("answered " + status + ": " + abbreviated(response.body()));
            } else if (status >= 400) {
                REFUSED.incrementAndGet();
                String problem = problemDetailFault(response);
                if (problem != null) {
                    wrong.add("refused with " + status + " but " + problem);
                }
                long eventsAfter = events();
                if (eventsAfter != eventsBefore) {
                    wrong.add("refused with " + status + " but the event store grew by " + (eventsAfter - eventsBefore));
                }
            } else {
                ACCEPTED.incrementAndGet();
                unstorableTextInEventsAfter(lastBefore).ifPresent(event -> wrong.add(
                        "accepted with " + status + ", and stored text no read model can hold in " + event));
            }
            if (sent.overTheBodyLimit() && !takesFiles(path) && status != 413) {
                wrong.add("a body over the limit answered " + status + ", not 413");
            }
            assertThat(wrong).as("%s, try %d, seed %d (repeat with -Dhostile.seed=%d): %s%n%s", operation, number,
                                 seed, seed, sent.kind(), sent.describe(method, path)).isEmpty();
        }
    }

    /** Upload paths take files far larger than the general limit: a megabyte of JSON there is just the wrong body. */
    private boolean takesFiles(String path) {
        return bodySizes.largeBodyPaths().stream().anyMatch(path::startsWith);
    }

    private HttpResponse<String> send(String method, String path, HostileRequest hostile, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .header("Authorization", "Bearer " + token);
        hostile.headers().forEach(request::header);
        if (hostile.body() == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", hostile.contentType());
            request.method(method, HttpRequest.BodyPublishers.ofString(hostile.body()));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " could not be sent: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path with the fixture's ids, and the hostile segment (if any) in place of the last variable. */
    private static String concrete(String template, CommandFixture fixture, String hostileSegment) {
        Matcher matcher = VARIABLE.matcher(template);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        matcher.reset();
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean last = ++index == names.size();
            String value = last && hostileSegment != null ? hostileSegment : fixture.value(name);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** What is wrong with a refusal's body as an RFC 7807 problem detail; null when nothing is. */
    private static String problemDetailFault(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "answered with content type '" + type + "': " + abbreviated(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != response.statusCode() || problem.path("title").asText().isBlank()) {
                return "a problem detail without the status or a title: " + abbreviated(response.body());
            }
            return null;
        } catch (IOException e) {
            return "a problem detail that is not JSON: " + abbreviated(response.body());
        }
    }

    /**
     * The first event appended after {@code globalIndex} whose (decrypted) payload holds a NUL or an unpaired
     * surrogate: PostgreSQL's text columns in the read models refuse the first, UTF-8 cannot carry the second.
     */
    private Optional<String> unstorableTextInEventsAfter(long globalIndex) {
        List<Map<String, Object>> appended = jdbc.queryForList(
                "select aggregateidentifier, sequencenumber from eventstore.domainevententry where globalindex > ? "
                        + "order by globalindex", globalIndex);
        for (Map<String, Object> row : appended) {
            String aggregate = (String) row.get("aggregateidentifier");
            long sequence = ((Number) row.get("sequencenumber")).longValue();
            Object payload = eventStore.readEvents(aggregate, sequence).asStream().findFirst().orElseThrow()
                                       .getPayload();
            if (UnstorableText.firstIn(mapper.valueToTree(payload)).isPresent()) {
                return Optional.of(payload.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }

    private long lastGlobalIndex() {
        return jdbc.queryForObject("select coalesce(max(globalindex), -1) from eventstore.domainevententry", Long.class);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from eventstore.domainevententry", Long.class);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
