package org.fractalgoals.command.importing.v1;

import org.fractalgoals.command.importing.v1.V1Database.V1Unreadable;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file laid out as databases migrated from versions before v1.2 are: other column order, legacy columns,
 * TEXT/TIMESTAMP types, missing columns and tables, older session_data shapes, and a few rows that cannot be read.
 */
class V1DatabaseReaderOlderLayoutTest {

    private static V1Database db;
    private static Path file;

    @BeforeAll
    static void writeAndRead(@TempDir Path dir) throws SQLException {
        file = dir.resolve("older.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    create table goals (name TEXT, id TEXT primary key, type TEXT, session_start TIMESTAMP,
                                        total_duration_seconds INTEGER, parent_id TEXT, root_id TEXT,
                                        deadline TIMESTAMP, completed INTEGER, created_at TIMESTAMP, description TEXT)""");
            sql.execute("""
                    insert into goals values
                      ('Child', 'g2', 'LongTermGoal', null, null, 'g1', 'g1', null, 0, '2024-01-02 10:00:00', ''),
                      ('Grandchild', 'g3', 'MidTermGoal', '2024-01-01 08:00:00', 60, 'g2', 'g1',
                       '2024-06-30 00:00:00', 1, '2024-01-01 09:00:00', ''),
                      ('Root', 'g1', 'UltimateGoal', null, null, null, 'g1', null, 0, '2024-01-03 10:00:00', ''),
                      ('Orphan', 'g4', 'ShortTermGoal', null, null, 'gone', 'g1', null, 0, '2024-01-01 07:00:00', ''),
                      ('Bad deadline', 'g5', 'ShortTermGoal', null, null, 'g2', 'g1', 'next week', 0,
                       '2024-01-04 10:00:00', '')""");
            sql.execute("""
                    create table activity_definitions (name TEXT, id TEXT primary key, root_id TEXT, has_sets INTEGER,
                                                       has_metrics INTEGER, legacy_kind TEXT, created_at TIMESTAMP)""");
            sql.execute("insert into activity_definitions values ('Scales', 'a1', 'g1', 1, 1, 'x', '2024-01-01T10:00:00')");
            sql.execute("""
                    create table metric_definitions (id TEXT, name TEXT, unit TEXT, activity_id TEXT, is_active INTEGER,
                                                     is_top_set_metric INTEGER, created_at TIMESTAMP)""");
            sql.execute("""
                    insert into metric_definitions values ('m1', 'Tempo', 'bpm', 'a1', 1, 1, '2024-01-01 10:00:00'),
                                                          ('m0', 'Old', 'x', 'a1', 0, 0, '2023-01-01 10:00:00')""");
            sql.execute("create table session_templates (template_data TEXT, name TEXT, id TEXT, root_id TEXT)");
            sql.execute("""
                    insert into session_templates values ('{"sections": [{"name": "Warm-up", "duration_minutes": 5,
                        "exercises": [{"activity_id": "a1", "name": "Scales"}]}]}', 'Old plan', 't1', 'g1')""");
            sql.execute("""
                    create table sessions (attributes TEXT, id TEXT primary key, name TEXT, root_id TEXT,
                                           session_start TIMESTAMP, session_end TIMESTAMP, duration_minutes INTEGER,
                                           completed INTEGER, practice_kind TEXT, created_at TIMESTAMP)""");
            sql.execute("""
                    insert into sessions values
                      ('{"sections": [{"name": "Main", "exercises": [
                           {"type": "activity", "activity_id": "a1", "instance_id": "i1"},
                           {"type": "activity", "activity_id": "a1", "instance_id": "never-made"}]}]}',
                       's1', 'Old session', 'g1', null, null, 30, 1, 'legacy', '2024-02-01 10:00:00'),
                      ('{"template_id": "t1", "sections": [{"name": "Warm-up", "duration_minutes": 5,
                           "activities": [{"activity_id": "a1"}],
                           "exercises": [{"activity_id": "a1", "instance_id": "not-created"}]}]}',
                       's2', 'Never opened', 'g1', '2024-03-01 10:00:00.123456+00:00', null, 5, 0, null,
                       '2024-03-01 10:00:00.200000'),
                      (null, 's3', 'Bad time', 'g1', 'yesterday', null, null, 0, null, '2024-03-02 10:00:00'),
                      ('{"sections": [', 's4', 'Broken JSON', 'g1', '2024-03-03T08:30:00Z', null, null, 0, null,
                       '2024-03-03 10:00:00')""");
            sql.execute("""
                    create table activity_instances (notes TEXT, id TEXT, activity_definition_id TEXT, session_id TEXT,
                                                     root_id TEXT, time_start TIMESTAMP, time_stop TIMESTAMP,
                                                     data TEXT, created_at TIMESTAMP)""");
            sql.execute("""
                    insert into activity_instances values
                      ('Fine', 'i1', 'a1', 's1', 'g1', '2024-02-01T10:05:00', '2024-02-01T10:15:00.5Z',
                       '{"sets": [{"metrics": [{"metric_id": "m1", "value": 132.5}, {"metric_id": "m1", "value": " "}]}]}',
                       '2024-02-01 10:01:00'),
                      (null, 'i2', 'a1', 's1', 'g1', null, null, '{"sets": [{"metrics": [', '2024-02-01 10:02:00')""");
        }
        db = V1DatabaseReader.read(file);
    }

    @Test
    void goals_are_read_by_name_with_roots_marked_by_their_own_id() {
        assertThat(db.goals()).extracting(V1Goal::id, V1Goal::name, V1Goal::rootId, V1Goal::parentId)
                .containsExactly(tuple("g4", "Orphan", "g1", "gone"),
                                 tuple("g1", "Root", null, null),
                                 tuple("g2", "Child", "g1", "g1"),
                                 tuple("g3", "Grandchild", "g1", "g2"));
        V1Goal grandchild = db.goals().get(3);
        assertThat(grandchild.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(grandchild.completed()).isTrue();
        assertThat(grandchild.completedAt()).isNull();
        assertThat(grandchild.targets()).isEmpty();
    }

    @Test
    void rows_that_cannot_be_read_are_listed_and_skipped() {
        assertThat(db.unreadable()).extracting(V1Unreadable::entity, V1Unreadable::sourceId)
                .containsExactlyInAnyOrder(tuple("goals", "g5"), tuple("sessions", "s3"), tuple("sessions", "s4"),
                                           tuple("activityInstances", "i2"));
        assertThat(db.unreadable()).filteredOn(u -> u.sourceId().equals("s3")).extracting(V1Unreadable::reason)
                .singleElement().asString().contains("session_start").contains("yesterday");
        assertThat(db.unreadable()).filteredOn(u -> u.sourceId().equals("s4")).extracting(V1Unreadable::reason)
                .singleElement().asString().contains("attributes").contains("not JSON");
    }

    @Test
    void missing_columns_read_as_defaults_and_inactive_metrics_are_left_out() {
        V1Activity scales = db.activities().getFirst();
        assertThat(scales.hasSets()).isTrue();
        assertThat(scales.hasSplits()).isFalse();
        assertThat(scales.groupId()).isNull();
        assertThat(scales.createdAt()).isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
        assertThat(scales.metrics()).extracting(V1Activity.V1Metric::id, V1Activity.V1Metric::multiplicative)
                                    .containsExactly(tuple("m1", true));
        assertThat(db.activityGroups()).isEmpty();
        assertThat(db.programs()).isEmpty();
        assertThat(db.templates().getFirst().sections())
                .containsExactly(new V1Template.V1TemplateSection("Warm-up", 5, List.of("a1")));
    }

    @Test
    void older_session_shapes_and_times_are_understood() {
        assertThat(db.sessions()).extracting(V1Session::id).containsExactly("s1", "s2");
        V1Session old = db.sessions().getFirst();
        assertThat(old.start()).isNull();
        assertThat(old.deletedAt()).isNull();
        assertThat(old.programDayId()).isNull();
        assertThat(old.completed()).isTrue();
        assertThat(old.plannedMinutes()).isEqualTo(30);
        assertThat(old.goals()).isEmpty();
        assertThat(old.sections()).containsExactly(new V1SessionSection("Main", null, List.of("i1"), List.of("a1", "a1")));
        V1Session neverOpened = db.sessions().get(1);
        assertThat(neverOpened.start()).isEqualTo(Instant.parse("2024-03-01T10:00:00.123456Z"));
        assertThat(neverOpened.templateId()).isEqualTo("t1");
        assertThat(neverOpened.sections()).containsExactly(new V1SessionSection("Warm-up", 5, List.of(), List.of("a1")));
    }

    @Test
    void instances_read_iso_times_and_numeric_or_blank_set_values() {
        assertThat(db.instances()).singleElement().satisfies(instance -> {
            assertThat(instance.timeStart()).isEqualTo(Instant.parse("2024-02-01T10:05:00Z"));
            assertThat(instance.timeStop()).isEqualTo(Instant.parse("2024-02-01T10:15:00.5Z"));
            assertThat(instance.durationSeconds()).isNull();
            assertThat(instance.values()).isEmpty();
            assertThat(instance.sets()).singleElement().satisfies(set -> assertThat(set.entries()).containsExactly(
                    new V1Instance.V1SetEntry("m1", null, new BigDecimal("132.5")),
                    new V1Instance.V1SetEntry("m1", null, null)));
        });
    }

    @Test
    void the_file_is_left_unchanged_and_a_file_that_is_no_database_is_refused(@TempDir Path dir) throws Exception {
        byte[] before = Files.readAllBytes(file);
        V1DatabaseReader.read(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database at all, just some text");
        assertThatThrownBy(() -> V1DatabaseReader.read(text)).isInstanceOf(V1FileUnreadableException.class);
        assertThatThrownBy(() -> V1DatabaseReader.read(dir.resolve("missing.sqlite")))
                .isInstanceOf(V1FileUnreadableException.class);
    }
}
