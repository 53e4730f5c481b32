package org.fractalgoals.command.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.OpenApiDocument;
import org.fractalgoals.platform.web.UnstorableText;
import org.fractalgoals.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every command of the command-service's OpenAPI document (so a new command is covered without
 * being listed here): each try builds one hostile request and sends it to every command (deletions, which read
 * no body, get one of their own: a hostile path id or header), on a fresh user's fractal holding one of
 * everything. No answer may be a 5xx; every refusal is an RFC 7807 problem detail; a
 * refused command leaves the event store as it was; a body over the size limit is refused with 413.
 *
 * <p>The number of tries is jqwik's default, 50 (src/test/resources/junit-platform.properties), so every
 * command gets 50 hostile requests in the normal build; {@code -Dhostile.tries=N} with the Maven profile
 * {@code hostile-input} runs more (see docs/reliability.md). The name ends in Test so that surefire's default
 * includes pick the class up.
 */
class HostileInputPropertyTest extends CommandServiceTest {

    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final AtomicLong SERVER_ERRORS = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int localPort;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper mapper;

    private ApiClient client;
    private List<String> commands;

    @BeforeProperty
    void service() {
        SpringContext.inject(this);
        client = new ApiClient("http://localhost:" + localPort);
        OpenApiDocument document = new OpenApiDocument(client.get("/v3/api-docs").send().body());
        // Deletions last, erasing the account last of all, so that the other commands still find what they name.
        commands = document.operations().stream()
                           .filter(operation -> COMMAND_METHODS.contains(operation.substring(0, operation.indexOf(' '))))
                           .filter(operation -> operation.contains(" /api/"))
                           .sorted(Comparator.comparing((String operation) -> operation.equals("DELETE /api/v1/me"))
                                             .thenComparing(operation -> operation.startsWith("DELETE ")))
                           .toList();
        assertThat(commands).hasSizeGreaterThan(50);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void no_command_fails_on_hostile_input_and_no_refused_command_changes_the_event_store(
            @ForAll("hostileRequests") HostileRequest hostile,
            @ForAll("hostileBodilessRequests") HostileRequest hostileBodiless) {
        String token = TestTokens.forUser(TestTokens.newUserId());
        CommandFixture fixture = new CommandFixture(client, token, eventStore);
        Statistics.label("hostility").collect(hostile.kind());
        List<String> wrong = new ArrayList<>();
        for (String operation : commands) {
            HostileRequest sent = operation.startsWith("DELETE ") ? hostileBodiless : hostile;
            long eventsBefore = events();
            long lastBefore = lastGlobalIndex();
            HttpResponse<String> response = send(operation, sent, fixture, token);
            int status = response.statusCode();
            TRIED.incrementAndGet();
            Statistics.label("answer").collect(status / 100 + "xx");
            if (status >= 500) {
                SERVER_ERRORS.incrementAndGet();
                wrong.add(operation + ": " + status + " " + abbreviated(response.body()));
            } else if (status >= 400) {
                REFUSED.incrementAndGet();
                String problem = problemDetailFault(response);
                if (problem != null) {
                    wrong.add(operation + ": " + status + " " + problem);
                }
                long eventsAfter = events();
                if (eventsAfter != eventsBefore) {
                    wrong.add(operation + ": refused with " + status + " but the event store grew by "
                                      + (eventsAfter - eventsBefore));
                }
            } else {
                ACCEPTED.incrementAndGet();
                unstorableTextInEventsAfter(lastBefore).ifPresent(event -> wrong.add(
                        operation + ": accepted with " + status + ", and stored text no read model can hold in " + event));
            }
            if (sent.overTheBodyLimit() && status != 413) {
                wrong.add(operation + ": a body over the limit answered " + status + ", not 413");
            }
        }
        assertThat(wrong).as("answers to " + hostile + " (deletions: " + hostileBodiless + ")").isEmpty();
    }

    @Provide
    Arbitrary<HostileRequest> hostileRequests() {
        return HostileInputs.requests();
    }

    @Provide
    Arbitrary<HostileRequest> hostileBodilessRequests() {
        return HostileInputs.bodilessRequests();
    }

    @AfterContainer
    static void figures() {
        // Read into docs/reliability.md.
        System.out.printf("Hostile input: %d requests, %d accepted, %d refused, %d answered 5xx%n", TRIED.get(),
                          ACCEPTED.get(), REFUSED.get(), SERVER_ERRORS.get());
    }

    private HttpResponse<String> send(String operation, HostileRequest hostile, CommandFixture fixture, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = concrete(operation.substring(operation.indexOf(' ') + 1), fixture, hostile.pathSegment());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
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
            throw new IllegalStateException(operation + " could not be sent: " + e, e);
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
