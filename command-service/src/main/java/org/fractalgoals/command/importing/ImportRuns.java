package org.fractalgoals.command.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports and their progress ({@code import_run}). A user has at most one RUNNING import (a unique index says
 * so); one whose heartbeat stopped, because the service stopped under it, is marked FAILED when seen.
 */
@Component
class ImportRuns {

    /** Progress is written every second or so; a RUNNING import silent for this long has lost its thread. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    ImportRuns(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** 409 when the owner has an import running (checked again, for certain, by {@link #start}). */
    void refuseWhileRunning(String ownerId) {
        failAbandoned(ownerId);
        Integer running = jdbc.queryForObject("select count(*) from import_run where owner_id = ? and status = 'RUNNING'",
                                              Integer.class, ownerId);
        if (running != null && running > 0) {
            throw stillRunning();
        }
    }

    /** Records a new RUNNING import; 409 when the owner has one running already. */
    void start(UUID id, String ownerId, String startedBy, int total) {
        failAbandoned(ownerId);
        try {
            jdbc.update("insert into import_run (id, owner_id, started_by, status, total, summary) "
                                + "values (?, ?, ?, 'RUNNING', ?, ?::jsonb)",
                        id, ownerId, startedBy, total, json(ImportSummary.View.EMPTY));
        } catch (DuplicateKeyException running) {
            throw stillRunning();
        }
    }

    private static ProblemException stillRunning() {
        return new ProblemException(ProblemType.CONFLICT,
                                    "An import of this account is still running; wait until it has finished");
    }

    void progress(UUID id, int processed, ImportSummary.View summary) {
        jdbc.update("update import_run set processed = ?, summary = ?::jsonb, heartbeat_at = now() "
                            + "where id = ? and status = 'RUNNING'", processed, json(summary), id);
    }

    void finish(UUID id, ImportStatus.State state, int processed, ImportSummary.View summary, String failure) {
        jdbc.update("update import_run set status = ?, processed = ?, summary = ?::jsonb, failure = ?, heartbeat_at = now(), "
                            + "finished_at = now() where id = ? and status = 'RUNNING'",
                    state.name(), processed, json(summary), failure, id);
    }

    /** The import, if it is {@code ownerId}'s (anyone else's reads as missing). */
    Optional<ImportStatus> find(UUID id, String ownerId) {
        failAbandoned(ownerId);
        return jdbc.query("select id, status, processed, total, summary, failure from import_run where id = ? and owner_id = ?",
                          (rs, n) -> new ImportStatus(rs.getObject(1, UUID.class), ImportStatus.State.valueOf(rs.getString(2)),
                                                      rs.getInt(3), rs.getInt(4), summary(rs.getString(5)), rs.getString(6)),
                          id, ownerId).stream().findFirst();
    }

    /** The owner of an import (for operators, who may follow any). */
    Optional<String> ownerOf(UUID id) {
        return jdbc.queryForList("select owner_id from import_run where id = ?", String.class, id).stream().findFirst();
    }

    private void failAbandoned(String ownerId) {
        jdbc.update("update import_run set status = 'FAILED', finished_at = now(), "
                            + "failure = 'The import stopped without finishing (the service stopped while it ran); "
                            + "import the file again to bring over the rest' "
                            + "where owner_id = ? and status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)",
                    ownerId, ABANDONED_AFTER.toSeconds());
    }

    private String json(ImportSummary.View summary) {
        try {
            return mapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportSummary.View summary(String json) {
        try {
            ImportSummary.View view = mapper.readValue(json, ImportSummary.View.class);
            return view.counts() == null ? ImportSummary.View.EMPTY : view;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored import summary is not readable", e);
        }
    }
}
