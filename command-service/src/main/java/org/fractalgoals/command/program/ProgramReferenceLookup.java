package org.fractalgoals.command.program;

import org.fractalgoals.command.template.TemplateReader;
import org.fractalgoals.events.goal.GoalLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Goals from the command side's {@code goal_ref} table (ids, levels and flags, kept by the session feature's
 * subscribing processor in the transaction that appends goal events), templates from the template feature's
 * {@link TemplateReader}.
 */
@Component
class ProgramReferenceLookup implements ProgramReferences {

    private final JdbcTemplate jdbc;
    private final TemplateReader templates;

    ProgramReferenceLookup(JdbcTemplate jdbc, TemplateReader templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    @Override
    public Optional<GoalLevel> goalLevel(UUID fractalId, UUID goalId) {
        if (goalId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select level from goal_ref where id = ? and fractal_id = ? and not deleted", String.class,
                                 goalId, fractalId)
                   .stream().findFirst().map(GoalLevel::valueOf);
    }

    @Override
    public boolean templateExists(UUID fractalId, UUID templateId) {
        return templateId != null && templates.find(fractalId, templateId).isPresent();
    }
}
