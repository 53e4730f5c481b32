package org.fractalgoals.command.importing;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports of v1.2 files. The upload is stored in a temporary file, checked and read while the request waits
 * (a file that cannot be imported is refused with 400 and nothing is imported), then deleted; the import itself
 * runs on a small pool of its own, one at a time per user. It replays the file through every {@link ImportStep} in
 * their order, records progress and the summary in {@code import_run}, and is COMPLETED only once the read models
 * hold what it wrote.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final V1FileReader reader;
    private final List<ImportStep> steps;
    private final ImportRuns runs;
    private final ImportLedger ledger;
    private final CommandGateway commands;
    private final CommandRunner runner;
    private final ReadModelCatchUp readModels;
    private final ThreadPoolExecutor executor;

    ImportService(V1FileReader reader, List<ImportStep> steps, ImportRuns runs, ImportLedger ledger,
                  CommandGateway commands, CommandRunner runner, ReadModelCatchUp readModels,
                  @Value("${fractal.imports.threads:2}") int threads,
                  @Value("${fractal.imports.queue:8}") int queue) {
        this.reader = reader;
        this.steps = List.copyOf(steps);
        this.runs = runs;
        this.ledger = ledger;
        this.commands = commands;
        this.runner = runner;
        this.readModels = readModels;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue),
                                               work -> new Thread(work, "import-" + number.incrementAndGet()));
        this.executor.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Starts importing {@code upload} into {@code ownerId}'s account.
     *
     * @param startedBy who asked: the owner, or an admin importing for them (kept with the import for the audit)
     */
    public ImportStatus start(String ownerId, String startedBy, MultipartFile upload) {
        // Before reading what may be a large file: the answer would be 409 anyway.
        runs.refuseWhileRunning(ownerId);
        V1Database source = read(reader, upload);
        int total = steps.stream().mapToInt(step -> step.rows(source)).sum();
        UUID id = UUID.randomUUID();
        runs.start(id, ownerId, startedBy, total);
        try {
            executor.execute(() -> run(id, ownerId, source, total));
        } catch (RejectedExecutionException busy) {
            runs.finish(id, ImportStatus.State.FAILED, 0, ImportSummary.View.EMPTY,
                        "Too many imports were running; nothing was imported, please try again in a few minutes");
            throw new ProblemException(ProblemType.UNAVAILABLE, "Too many imports are running; try again in a few minutes",
                                       Map.of(HttpHeaders.RETRY_AFTER, "60"));
        }
        log.info("Import {} started for user {} by {}", id, ownerId, ownerId.equals(startedBy) ? "the user" : startedBy);
        return status(id, ownerId);
    }

    /** The import, if it is {@code ownerId}'s; 404 otherwise. */
    public ImportStatus status(UUID importId, String ownerId) {
        return runs.find(importId, ownerId).orElseThrow(() -> new NotFoundException("No such import"));
    }

    /** Any user's import, for operators. */
    public ImportStatus status(UUID importId) {
        return runs.ownerOf(importId).flatMap(owner -> runs.find(importId, owner))
                   .orElseThrow(() -> new NotFoundException("No such import"));
    }

    private static V1Database read(V1FileReader reader, MultipartFile upload) {
        Path file = V1Files.store(upload);
        try {
            V1Files.check(file);
            return reader.read(file);
        } catch (RuleViolationException refused) {
            throw refused;
        } catch (Exception unreadable) {
            // The type only: the reader's message may quote the file's content.
            log.warn("A v1.2 file could not be read ({})", unreadable.getClass().getSimpleName());
            throw V1Files.notImportable("The file could not be read as a database of Fractal Goals v1.2");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("An uploaded file could not be deleted: {}", file);
            }
        }
    }

    private void run(UUID id, String ownerId, V1Database source, int total) {
        ImportSummary summary = new ImportSummary();
        source.unreadable().forEach(row -> summary.refused(row.entity(), row.sourceId(), row.reason()));
        Progress progress = new Progress(id, summary, total);
        CommandImportContext context = new CommandImportContext(id, ownerId, commands, runner, ledger, summary,
                                                                progress::maybeWrite);
        try {
            for (ImportStep step : steps) {
                step.run(source, context);
                progress.write();
            }
            progress.write(total);
            String late = readModels.await(ConsistencyToken.of(context.positions()), () -> {
                progress.maybeWrite(total);
                return !Thread.currentThread().isInterrupted();
            });
            if (late == null) {
                runs.finish(id, ImportStatus.State.COMPLETED, total, summary.view(), null);
                log.info("Import {} completed", id);
            } else {
                runs.finish(id, ImportStatus.State.FAILED, total, summary.view(), late);
                log.warn("Import {} imported everything, but the read models did not catch up", id);
            }
        } catch (Throwable crash) {
            log.error("Import {} stopped unexpectedly", id, crash);
            runs.finish(id, ImportStatus.State.FAILED, Math.min(summary.processed(), total), summary.view(),
                        "The import stopped unexpectedly (" + crash.getClass().getSimpleName() + "). What was imported "
                                + "stays; importing the file again brings over the rest.");
            if (crash instanceof Error error) {
                throw error;
            }
        }
    }

    /** Writes the progress to {@code import_run} about once a second: a heartbeat, and what the API shows. */
    private final class Progress {

        private final UUID id;
        private final ImportSummary summary;
        private final int total;
        private long lastWritten = System.nanoTime();

        Progress(UUID id, ImportSummary summary, int total) {
            this.id = id;
            this.summary = summary;
            this.total = total;
        }

        void maybeWrite() {
            maybeWrite(Math.min(summary.processed(), total));
        }

        void maybeWrite(int processed) {
            if (System.nanoTime() - lastWritten >= PROGRESS_EVERY_NANOS) {
                write(processed);
            }
        }

        void write() {
            write(Math.min(summary.processed(), total));
        }

        void write(int processed) {
            runs.progress(id, processed, summary.view());
            lastWritten = System.nanoTime();
        }
    }
}
