package org.fractalgoals.command.template;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.template.ChangeTemplate;
import org.fractalgoals.events.template.CreateTemplate;
import org.fractalgoals.events.template.DeleteTemplate;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    private static final String OWNER = "owner-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final UUID fractal = UUID.randomUUID();
    private final UUID template = UUID.randomUUID();
    private final UUID scale = UUID.randomUUID();
    private final UUID nocturne = UUID.randomUUID();
    private AggregateTestFixture<Template> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Template.class);
    }

    private List<TemplateSection> dailyPractice() {
        return List.of(new TemplateSection("Warm-up", 10, List.of(scale)),
                       new TemplateSection("Repertoire", 30, List.of(nocturne)));
    }

    private TemplateCreated created() {
        return new TemplateCreated(fractal, template, "Daily Practice", "every morning", dailyPractice(), OWNER, NOW);
    }

    @Test
    void a_template_is_made_with_its_sections_and_description() {
        fixture.givenNoPriorActivity()
               .when(new CreateTemplate(template, fractal, "Daily Practice", "every morning", dailyPractice(), OWNER, NOW))
               .expectEvents(created());
    }

    @Test
    void a_template_needs_a_name_and_at_least_one_section() {
        fixture.givenNoPriorActivity()
               .when(new CreateTemplate(template, fractal, " ", null, dailyPractice(), OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Template name is required")
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new CreateTemplate(template, fractal, "Empty", null, List.of(), OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("Add at least one section to the template");
    }

    @Test
    void every_section_needs_a_name_and_at_least_one_planned_minute() {
        assertThatThrownBy(() -> TemplateRules.check("T", null, List.of(new TemplateSection("", 0, List.of()))))
                .isInstanceOfSatisfying(RuleViolationException.class, e ->
                        assertThat(e.errors()).extracting(error -> error.field())
                                              .containsExactly("sections[0].name", "sections[0].plannedMinutes"));
    }

    @Test
    void a_template_is_replaced_whole() {
        List<TemplateSection> shorter = List.of(new TemplateSection("Scales", 15, List.of(scale)));
        fixture.given(created())
               .when(new ChangeTemplate(template, fractal, "Short", null, shorter, OWNER, NOW, null))
               .expectEvents(new TemplateChanged(fractal, template, "Short", null, shorter, OWNER, NOW));
    }

    @Test
    void another_users_or_another_fractals_template_is_not_found() {
        fixture.given(created())
               .when(new ChangeTemplate(template, fractal, "x", null, dailyPractice(), "intruder", NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(created())
               .when(new ChangeTemplate(template, UUID.randomUUID(), "x", null, dailyPractice(), OWNER, NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(created())
               .when(new DeleteTemplate(template, "intruder", NOW, null))
               .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void a_deleted_template_is_gone() {
        fixture.given(created())
               .when(new DeleteTemplate(template, OWNER, NOW, null))
               .expectEvents(new TemplateDeleted(fractal, template, OWNER, NOW));
        fixture.given(created(), new TemplateDeleted(fractal, template, OWNER, NOW))
               .when(new ChangeTemplate(template, fractal, "x", null, dailyPractice(), OWNER, NOW, null))
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void copies_are_named_after_the_original_within_the_length_limit() {
        assertThat(TemplateCommandController.copyName("Daily Practice")).isEqualTo("Daily Practice (Copy)");
        assertThat(TemplateCommandController.copyName("x".repeat(200))).hasSize(200).endsWith(" (Copy)");
    }
}
