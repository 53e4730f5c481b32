package org.fractalgoals.query.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.web.ListCursor;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class TemplateRepository {

    private static final TypeReference<List<TemplateView.Section>> SECTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, name, description, sections::text as sections, total_minutes, created_at, "
            + "updated_at, version";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TemplateRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TemplateCreated event, long sequence) {
        jdbc.update("insert into session_template (id, fractal_id, name, description, sections, total_minutes, version, "
                            + "created_at, updated_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict do nothing",
                    event.templateId(), event.fractalId(), event.name(), event.description(), sectionsJson(event.sections()),
                    totalMinutes(event.sections()), sequence, Timestamp.from(event.occurredAt()),
                    Timestamp.from(event.occurredAt()));
    }

    void replace(TemplateChanged event, long sequence) {
        jdbc.update("update session_template set name = ?, description = ?, sections = ?::jsonb, total_minutes = ?, "
                            + "version = ?, updated_at = ? where id = ? and version < ?",
                    event.name(), event.description(), sectionsJson(event.sections()), totalMinutes(event.sections()),
                    sequence, Timestamp.from(event.occurredAt()), event.templateId(), sequence);
    }

    void markDeleted(UUID templateId, Instant at, long sequence) {
        jdbc.update("update session_template set deleted_at = ?, version = ? where id = ? and version < ?",
                    Timestamp.from(at), sequence, templateId, sequence);
    }

    void erase(ErasedOwner owner) {
        jdbc.update("delete from session_template where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    void deleteAllOf(UUID fractalId) {
        jdbc.update("delete from session_template where fractal_id = ?", fractalId);
    }

    TemplatePage page(UUID fractalId, int limit, String cursor) {
        String select = "select " + COLUMNS + " from session_template where fractal_id = ? and deleted_at is null ";
        String order = " order by created_at desc, id desc limit ?";
        List<TemplateView> rows;
        if (cursor == null) {
            rows = jdbc.query(select + order, this::view, fractalId, limit + 1);
        } else {
            ListCursor after = ListCursor.decode(cursor);
            rows = jdbc.query(select + "and (created_at, id) < (?, ?)" + order, this::view, fractalId,
                              Timestamp.from(after.at()), after.id(), limit + 1);
        }
        if (rows.size() <= limit) {
            return new TemplatePage(rows, null);
        }
        List<TemplateView> page = List.copyOf(rows.subList(0, limit));
        TemplateView last = page.getLast();
        return new TemplatePage(page, new ListCursor(last.createdAt(), last.id()).encode());
    }

    Optional<TemplateView> find(UUID fractalId, UUID templateId) {
        return jdbc.query("select " + COLUMNS + " from session_template where fractal_id = ? and id = ? and deleted_at is null",
                          this::view, fractalId, templateId).stream().findFirst();
    }

    private TemplateView view(ResultSet rs, int n) throws SQLException {
        List<TemplateView.Section> sections = readSections(rs.getString("sections"));
        return new TemplateView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                                sections, rs.getInt("total_minutes"), sections.size(),
                                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                                rs.getLong("version"));
    }

    private String sectionsJson(List<TemplateSection> sections) {
        try {
            return json.writeValueAsString(sections.stream()
                                                   .map(s -> new TemplateView.Section(s.name(), s.plannedMinutes(), s.activityIds()))
                                                   .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TemplateView.Section> readSections(String text) {
        try {
            return json.readValue(text, SECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored template sections are not JSON", e);
        }
    }

    private static int totalMinutes(List<TemplateSection> sections) {
        return sections.stream().mapToInt(TemplateSection::plannedMinutes).sum();
    }
}
