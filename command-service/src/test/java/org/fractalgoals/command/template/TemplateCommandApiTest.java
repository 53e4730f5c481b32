package org.fractalgoals.command.template;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Template endpoints over HTTP, with real activities of the fractal (S9). */
class TemplateCommandApiTest extends CommandServiceTest {

    @Autowired
    private TemplateReader templates;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private String create(String path, Object body) {
        Response response = api.post(path, body).token(TestTokens.forUser(alice)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private String activity(String fractal, String name) {
        return create("/api/v1/fractals/" + fractal + "/activities",
                      Map.of("name", name, "hasSets", false, "hasMetrics", true,
                             "metrics", List.of(Map.of("name", "Tempo", "unit", "bpm", "topSet", false, "multiplicative", false))));
    }

    private Map<String, Object> dailyPractice(String scale, String nocturne) {
        return Map.of("name", "Daily Practice", "description", "mornings",
                      "sections", List.of(Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(scale)),
                                          Map.of("name", "Repertoire", "plannedMinutes", 30, "activityIds", List.of(nocturne))));
    }

    @Test
    void s9_a_template_is_made_refused_without_name_or_sections_and_duplicated() {
        String fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        String scale = activity(fractal, "C major scale");
        String nocturne = activity(fractal, "Nocturne run-through");
        String templates = "/api/v1/fractals/" + fractal + "/templates";

        String template = create(templates, dailyPractice(scale, nocturne));
        TemplateReader.Template stored = this.templates.find(UUID.fromString(fractal), UUID.fromString(template)).orElseThrow();
        assertThat(stored.totalMinutes()).isEqualTo(40);
        assertThat(stored.description()).isEqualTo("mornings");

        Response noName = api.post(templates, Map.of("sections", List.of(Map.of("name", "s", "plannedMinutes", 5,
                                                                                "activityIds", List.of()))))
                             .token(TestTokens.forUser(alice)).send();
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().get("errors").get(0).get("message").asText()).isEqualTo("Template name is required");
        Response noSections = api.post(templates, Map.of("name", "Empty", "sections", List.of()))
                                 .token(TestTokens.forUser(alice)).send();
        assertThat(noSections.status()).isEqualTo(400);
        assertThat(noSections.body().get("errors").get(0).get("message").asText())
                .isEqualTo("Add at least one section to the template");

        String copy = create(templates + "/" + template + "/duplicate", Map.of());
        TemplateReader.Template duplicate = this.templates.find(UUID.fromString(fractal), UUID.fromString(copy)).orElseThrow();
        assertThat(duplicate.name()).isEqualTo("Daily Practice (Copy)");
        assertThat(duplicate.sections()).isEqualTo(stored.sections());
    }

    @Test
    void activities_must_belong_to_the_fractal() {
        String fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        String otherFractal = create("/api/v1/fractals", Map.of("name", "Guitar"));
        String foreignActivity = activity(otherFractal, "Barre chords");
        Response response = api.post("/api/v1/fractals/" + fractal + "/templates",
                                      dailyPractice(foreignActivity, UUID.randomUUID().toString()))
                               .token(TestTokens.forUser(alice)).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("sections[0].activityIds[0]");
        assertThat(response.body().get("errors")).hasSize(2);
    }

    @Test
    void replace_delete_and_cross_user_calls() {
        String fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        String scale = activity(fractal, "Scale");
        String path = "/api/v1/fractals/" + fractal + "/templates";
        String template = create(path, dailyPractice(scale, scale));

        for (Response foreign : List.of(
                api.patch(path + "/" + template, dailyPractice(scale, scale)).token(TestTokens.forUser(bob)).send(),
                api.post(path + "/" + template + "/duplicate", Map.of()).token(TestTokens.forUser(bob)).send(),
                api.delete(path + "/" + template).token(TestTokens.forUser(bob)).send(),
                api.post(path, dailyPractice(scale, scale)).token(TestTokens.forUser(bob)).send())) {
            assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        }

        Response stale = api.patch(path + "/" + template, dailyPractice(scale, scale)).token(TestTokens.forUser(alice))
                            .header("If-Match", "\"5\"").send();
        assertThat(stale.status()).isEqualTo(412);
        Map<String, Object> renamed = Map.of("name", "Evening", "sections",
                                             List.of(Map.of("name", "All", "plannedMinutes", 20, "activityIds", List.of(scale))));
        assertThat(api.patch(path + "/" + template, renamed).token(TestTokens.forUser(alice)).header("If-Match", "\"0\"")
                      .send().status()).isEqualTo(200);
        assertThat(templates.find(UUID.fromString(fractal), UUID.fromString(template)).orElseThrow().name()).isEqualTo("Evening");

        assertThat(api.delete(path + "/" + template).token(TestTokens.forUser(alice)).send().status()).isEqualTo(204);
        assertThat(templates.find(UUID.fromString(fractal), UUID.fromString(template))).isEmpty();
        assertThat(api.delete(path + "/" + template).token(TestTokens.forUser(alice)).send().status()).isEqualTo(404);
        assertThat(api.patch(path + "/" + template, renamed).token(TestTokens.forUser(alice)).send().status()).isEqualTo(404);
    }
}
