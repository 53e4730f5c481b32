package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.web.FractalOwnership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class GoalTreeRepository implements FractalOwnership {

    private final JdbcTemplate jdbc;

    GoalTreeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertFractal(UUID fractalId, String ownerId, Instant createdAt, long sequence) {
        jdbc.update("insert into fractal (id, owner_id, created_at, version) values (?, ?, ?, ?) on conflict do nothing",
                    fractalId, ownerId, Timestamp.from(createdAt), sequence);
    }

    /** Moves the fractal's version to {@code sequence}; false when that event was applied already. */
    boolean advance(UUID fractalId, long sequence) {
        return jdbc.update("update fractal set version = ? where id = ? and version < ?", sequence, fractalId, sequence) == 1;
    }

    void insertGoal(GoalCreated event) {
        jdbc.update("insert into goal (id, fractal_id, parent_id, level, name, description, deadline, relevance, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    event.goalId(), event.fractalId(), event.parentId(), event.level().name(), event.name(),
                    event.description(), event.deadline() == null ? null : Date.valueOf(event.deadline()),
                    event.relevance(), Timestamp.from(event.occurredAt()));
    }

    @Override
    public boolean isOwnedBy(UUID fractalId, String userId) {
        Integer count = jdbc.queryForObject("select count(*) from fractal where id = ? and owner_id = ?", Integer.class,
                                            fractalId, userId);
        return count != null && count > 0;
    }

    FractalPage fractals(String ownerId, int limit, String cursor) {
        String select = "select f.id, f.created_at, g.name, g.description, g.level, g.deadline, "
                + "(select count(*) from goal c where c.fractal_id = f.id) as goals, "
                + "(select count(*) from goal c where c.fractal_id = f.id and c.completed) as completed "
                + "from fractal f join goal g on g.id = f.id where f.owner_id = ? ";
        String order = " order by f.created_at desc, f.id desc limit ?";
        List<FractalSummary> rows;
        if (cursor == null) {
            rows = jdbc.query(select + order, this::summary, ownerId, limit + 1);
        } else {
            ListCursor after = ListCursor.decode(cursor);
            rows = jdbc.query(select + "and (f.created_at, f.id) < (?, ?)" + order, this::summary, ownerId,
                              Timestamp.from(after.createdAt()), after.id(), limit + 1);
        }
        if (rows.size() <= limit) {
            return new FractalPage(rows, null);
        }
        List<FractalSummary> page = rows.subList(0, limit);
        FractalSummary last = page.getLast();
        return new FractalPage(List.copyOf(page), new ListCursor(last.createdAt(), last.id()).encode());
    }

    Optional<GoalTreeView> goalTree(String ownerId, UUID fractalId) {
        List<Long> versions = jdbc.queryForList("select version from fractal where id = ? and owner_id = ?", Long.class,
                                                fractalId, ownerId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<GoalRow> rows = jdbc.query("select id, parent_id, level, name, description, deadline, relevance, completed, "
                                                + "completed_at, created_at from goal where fractal_id = ?",
                                        this::goalRow, fractalId);
        Map<UUID, List<GoalRow>> children = new HashMap<>();
        GoalRow root = null;
        for (GoalRow row : rows) {
            if (row.parentId() == null) {
                root = row;
            } else {
                children.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row);
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(new GoalTreeView(node(root, children), versions.getFirst()));
    }

    private GoalNode node(GoalRow row, Map<UUID, List<GoalRow>> children) {
        List<GoalNode> nested = children.getOrDefault(row.id(), List.of()).stream()
                                        .sorted(Comparator.comparing(GoalRow::createdAt).thenComparing(GoalRow::id))
                                        .map(child -> node(child, children))
                                        .toList();
        GoalNode.Smart smart = new GoalNode.Smart(row.description() != null && !row.description().isBlank(), false,
                                                  false, row.relevance() != null && !row.relevance().isBlank(),
                                                  row.deadline() != null);
        return new GoalNode(row.id(), row.parentId(), row.level(), row.name(), row.description(), row.deadline(),
                            row.relevance(), row.completed(), row.completedAt(), row.createdAt(), List.of(), smart,
                            nested);
    }

    private FractalSummary summary(ResultSet rs, int n) throws SQLException {
        return new FractalSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                                  GoalLevel.valueOf(rs.getString("level")), localDate(rs.getDate("deadline")),
                                  rs.getTimestamp("created_at").toInstant(), rs.getLong("goals"), rs.getLong("completed"));
    }

    private GoalRow goalRow(ResultSet rs, int n) throws SQLException {
        Timestamp completedAt = rs.getTimestamp("completed_at");
        return new GoalRow(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                           GoalLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("description"),
                           localDate(rs.getDate("deadline")), rs.getString("relevance"), rs.getBoolean("completed"),
                           completedAt == null ? null : completedAt.toInstant(), rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record GoalRow(UUID id, UUID parentId, GoalLevel level, String name, String description, LocalDate deadline,
                           String relevance, boolean completed, Instant completedAt, Instant createdAt) {
    }
}
