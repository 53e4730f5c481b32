package org.fractalgoals.query.template;

import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The "templates" read model: its handlers called directly, and its endpoints over HTTP. */
class TemplateReadModelTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-02T08:00:00Z");

    @Autowired
    private TemplateProjection projection;
    @Autowired
    private TemplateRepository repository;
    @Autowired
    private EventWriter events;

    private final String alice = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID scale = UUID.randomUUID();

    private List<TemplateSection> dailyPractice() {
        return List.of(new TemplateSection("Warm-up", 10, List.of(scale)),
                       new TemplateSection("Repertoire", 30, List.of(UUID.randomUUID())));
    }

    @Test
    void a_template_reads_with_its_sections_and_total_and_redelivery_changes_nothing() {
        UUID template = UUID.randomUUID();
        TemplateCreated created = new TemplateCreated(fractal, template, "Daily Practice", "mornings", dailyPractice(), alice, T0);
        projection.on(created, 0);
        projection.on(new TemplateChanged(fractal, template, "Daily", "mornings", dailyPractice(), alice, T0.plusSeconds(5)), 1);
        projection.on(created, 0);

        TemplateView view = repository.find(fractal, template).orElseThrow();
        assertThat(view.name()).isEqualTo("Daily");
        assertThat(view.description()).isEqualTo("mornings");
        assertThat(view.totalMinutes()).isEqualTo(40);
        assertThat(view.sectionCount()).isEqualTo(2);
        assertThat(view.sections().getFirst()).isEqualTo(new TemplateView.Section("Warm-up", 10, List.of(scale)));
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void deleted_templates_and_templates_of_deleted_fractals_are_gone() {
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        projection.on(new TemplateCreated(fractal, kept, "Kept", null, dailyPractice(), alice, T0), 0);
        projection.on(new TemplateCreated(fractal, deleted, "Deleted", null, dailyPractice(), alice, T0.plusSeconds(1)), 0);
        projection.on(new TemplateDeleted(fractal, deleted, alice, T0.plusSeconds(2)), 1);
        assertThat(repository.page(fractal, 10, null).items()).extracting(TemplateView::id).containsExactly(kept);

        projection.on(new FractalDeleted(fractal, alice, T0.plusSeconds(3)));
        assertThat(repository.page(fractal, 10, null).items()).isEmpty();
    }

    @Test
    void templates_list_newest_first_in_pages() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        projection.on(new TemplateCreated(fractal, first, "A", null, dailyPractice(), alice, T0), 0);
        projection.on(new TemplateCreated(fractal, second, "B", null, dailyPractice(), alice, T0.plusSeconds(1)), 0);
        projection.on(new TemplateCreated(fractal, third, "C", null, dailyPractice(), alice, T0.plusSeconds(2)), 0);

        TemplatePage page = repository.page(fractal, 2, null);
        assertThat(page.items()).extracting(TemplateView::id).containsExactly(third, second);
        assertThat(repository.page(fractal, 2, page.nextCursor()).items()).extracting(TemplateView::id).containsExactly(first);
    }

    @Test
    void the_api_serves_templates_to_their_owner_only_with_an_etag() {
        UUID myFractal = UUID.randomUUID();
        Instant now = Instant.now();
        events.append(myFractal, 0, new FractalCreated(myFractal, alice, now),
                      new GoalCreated(myFractal, myFractal, null, GoalLevel.ULTIMATE, "Piano", null, null, null, alice, now));
        UUID template = UUID.randomUUID();
        ConsistencyToken token = events.append(template, 0, new TemplateCreated(myFractal, template, "Daily Practice", null,
                                                                                dailyPractice(), alice, now));

        Response list = api.get("/api/v1/fractals/" + myFractal + "/templates").token(TestTokens.forUser(alice))
                           .header(ConsistencyToken.HEADER, token.encode()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body().get("items").get(0).get("name").asText()).isEqualTo("Daily Practice");
        assertThat(list.body().get("items").get(0).get("totalMinutes").asInt()).isEqualTo(40);

        Response one = api.get("/api/v1/fractals/" + myFractal + "/templates/" + template).token(TestTokens.forUser(alice)).send();
        assertThat(one.header("ETag")).hasValue("\"0\"");
        assertThat(one.body().get("sections").get(1).get("name").asText()).isEqualTo("Repertoire");

        String bob = TestTokens.newUserId();
        assertThat(api.get("/api/v1/fractals/" + myFractal + "/templates").token(TestTokens.forUser(bob)).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/fractals/" + myFractal + "/templates/" + template).token(TestTokens.forUser(bob))
                      .send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/fractals/" + myFractal + "/templates/" + UUID.randomUUID()).token(TestTokens.forUser(alice))
                      .send().status()).isEqualTo(404);
    }
}
