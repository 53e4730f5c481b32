package org.fractalgoals.platform.backup;

import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.crypto.MasterKey;
import org.fractalgoals.platform.crypto.PersonalDataCipher;
import org.fractalgoals.platform.crypto.PersonalDataSerializer;
import org.fractalgoals.platform.eventstore.EventStoreConfiguration;
import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The backup scripts in {@code ops/} against real PostgreSQL, run with the machine's pg_dump, pg_restore and psql:
 * a restore brings back the keys of users erased since the backup, and the re-shred with a newer key backup destroys
 * them again. Events are written and read through Axon's JDBC storage with the encrypting serializer, as the
 * services do.
 */
class BackupRestoreTest {

    private static final Path OPS = opsDirectory();
    private static final Path PG_BIN = postgresClientTools();
    private static final byte[] MASTER = randomMasterKey();
    private static final String ALICE = "user-alice-" + UUID.randomUUID();
    private static final String BOB = "user-bob-" + UUID.randomUUID();
    private static final String READ_MODEL_TEXT = "clear text of a read model " + UUID.randomUUID();

    @TempDir
    static Path backups;

    private static Database source;
    private static UUID aliceFractal;
    private static UUID bobFractal;
    private static Path eventBackup;
    private static Path keyBackup;
    private static String aliceWrappedKeyAtBackup;
    private static long headAtBackup;

    /** A source database as the services leave it: events, keys, the command side's tables and read models. */
    @BeforeAll
    static void backUpASystemWithTwoUsers() throws Exception {
        assertServerNotNewerThanTools();
        source = Database.withEventStore("backup_source");
        aliceFractal = source.appendRootGoal(ALICE, "Alice's secret goal", "why Alice wants it");
        bobFractal = source.appendRootGoal(BOB, "Bob's secret goal", "why Bob wants it");
        source.jdbc().execute("create schema command");
        source.jdbc().execute("create table command.fractal_owner (fractal_id uuid primary key, owner_id varchar(255) not null)");
        source.jdbc().update("insert into command.fractal_owner values (?, ?), (?, ?)", aliceFractal, ALICE, bobFractal, BOB);
        source.jdbc().execute("create schema query");
        source.jdbc().execute("create table query.goal_view (id uuid primary key, name text not null)");
        source.jdbc().update("insert into query.goal_view values (?, ?)", aliceFractal, READ_MODEL_TEXT);
        source.jdbc().execute("create table query.tokenentry (processorname varchar(255), segment integer, token bytea)");

        // Taken now: another test erases Alice and appends events afterwards.
        aliceWrappedKeyAtBackup = source.jdbc().queryForObject(
                "select encode(wrapped_key, 'hex') from eventstore.user_data_key where owner_id = ?", String.class, ALICE);
        headAtBackup = source.jdbc().queryForObject("select max(globalindex) from eventstore.domainevententry", Long.class);
        eventBackup = single(ok(run("backup-events", source.uri(), backups.resolve("events").toString())),
                             backups.resolve("events"), "events-");
        keyBackup = single(ok(run("backup-keys", source.uri(), backups.resolve("keys").toString())),
                           backups.resolve("keys"), "keys-");
    }

    @Test
    void the_event_backup_holds_events_and_the_command_side_but_no_data_keys_and_no_read_models() throws Exception {
        List<String> entries = List.of(ok(pgTool("pg_restore", "--list", eventBackup.toString())).split("\n"));
        assertThat(entries).anyMatch(entry -> entry.contains("TABLE DATA eventstore domainevententry "))
                           .anyMatch(entry -> entry.contains("TABLE DATA command fractal_owner "))
                           .noneMatch(entry -> entry.contains("TABLE DATA eventstore user_data_key "))
                           .noneMatch(entry -> entry.contains(" query "));

        String eventsSql = ok(pgTool("pg_restore", "--file=-", eventBackup.toString()));
        String keysSql = ok(pgTool("pg_restore", "--file=-", keyBackup.toString()));
        assertThat(keysSql).contains(aliceWrappedKeyAtBackup);
        // Payloads are bytea, which a dump holds in hex.
        assertThat(eventsSql).doesNotContain(aliceWrappedKeyAtBackup, READ_MODEL_TEXT, hex("Alice's secret goal"))
                             .contains(aliceFractal.toString(), hex("\"name\":\"pd1:"));

        String manifest = Files.readString(backups.resolve("events").resolve("manifest.tsv"));
        assertThat(manifest).contains(eventBackup.getFileName() + "\t" + headAtBackup + "\n");
    }

    @Test
    void a_restore_brings_back_erased_text_until_the_reshred_with_a_newer_key_backup_destroys_it_again() throws Exception {
        // Carol joins and is erased after both backups: her key exists only in the newer key backup, destroyed.
        String carol = "user-carol-" + UUID.randomUUID();
        source.appendRootGoal(carol, "Carol's secret goal", null);
        erase(source, ALICE);
        erase(source, carol);
        Path newerKeys = backups.resolve("keys-after-erasure");
        Path newerKeyBackup = single(ok(run("backup-keys", source.uri(), newerKeys.toString())), newerKeys, "keys-");

        Database restored = Database.empty("backup_restored");
        String restoreOutput = ok(run("restore", restored.uri(), eventBackup.toString(), keyBackup.toString()));
        assertThat(restoreOutput).contains("2 events", "2 data keys (0 destroyed)");
        assertThat(restored.rootGoal(aliceFractal).name()).isEqualTo("Alice's secret goal");
        assertThat(restored.jdbc().queryForList("select owner_id from command.fractal_owner", String.class))
                .containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(restored.jdbc().queryForObject("select count(*) from pg_namespace where nspname = 'query'", Integer.class))
                .isZero();

        String reshred = ok(run("reshred", restored.uri(), newerKeyBackup.toString()));
        assertThat(reshred).contains("re-shredded 1 data key(s)", "  " + ALICE, "added 1 tombstone(s)", "  " + carol)
                           .doesNotContain(BOB);
        GoalCreated alices = restored.rootGoal(aliceFractal);
        assertThat(alices.name()).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(alices.description()).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(alices.ownerId()).isEqualTo(ALICE);
        assertThat(restored.rootGoal(bobFractal).name()).isEqualTo("Bob's secret goal");
        assertThat(restored.keyRows()).isEqualTo(source.keyRows());

        List<Map<String, Object>> before = restored.keyRows();
        String again = ok(run("reshred", restored.uri(), newerKeyBackup.toString()));
        assertThat(again).contains("re-shredded 0 data key(s)", "added 0 tombstone(s)");
        assertThat(restored.keyRows()).isEqualTo(before);
    }

    @Test
    void a_restore_refuses_a_database_in_use_a_database_with_our_schemas_and_a_key_backup_older_than_the_events()
            throws Exception {
        Database target = Database.empty("backup_refused");
        try (Connection service = target.dataSource().getConnection()) {
            Result inUse = run("restore", target.uri(), eventBackup.toString(), keyBackup.toString());
            assertThat(inUse.exitCode()).as(inUse.output()).isNotZero();
            assertThat(inUse.output()).contains("stop the services first");
            assertThat(service.isValid(1)).isTrue();
        }

        Database empty = Database.withEventStore("backup_no_keys");
        Path noKeys = backups.resolve("keys-of-an-empty-store");
        Path olderKeyBackup = single(ok(run("backup-keys", empty.uri(), noKeys.toString())), noKeys, "keys-");
        Result older = run("restore", target.uri(), eventBackup.toString(), olderKeyBackup.toString());
        assertThat(older.exitCode()).as(older.output()).isNotZero();
        assertThat(older.output()).contains("older than the event backup", "rolled back");
        assertThat(target.jdbc().queryForObject("select count(*) from pg_namespace where nspname = 'eventstore'", Integer.class))
                .isZero();

        ok(run("restore", target.uri(), eventBackup.toString(), keyBackup.toString()));
        Result again = run("restore", target.uri(), eventBackup.toString(), keyBackup.toString());
        assertThat(again.exitCode()).as(again.output()).isNotZero();
        assertThat(again.output()).contains("already holds schemas: command eventstore", "--replace");
        ok(run("restore", target.uri(), eventBackup.toString(), keyBackup.toString(), "--replace"));
        assertThat(target.rootGoal(bobFractal).name()).isEqualTo("Bob's secret goal");
    }

    @Test
    void key_backups_keep_only_the_newest_ones() throws Exception {
        Path dir = backups.resolve("keys-retention");
        for (int i = 0; i < 3; i++) {
            ok(run("backup-keys", source.uri(), dir.toString(), "--keep", "2"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .hasSize(2).allMatch(name -> name.startsWith("keys-") && name.endsWith(".dump"));
        }
    }

    private static void erase(Database database, String owner) {
        // As erasure destroys a key: the material goes, the row stays as the tombstone.
        database.jdbc().update("update eventstore.user_data_key set wrapped_key = null, destroyed_at = now() where owner_id = ?",
                               owner);
    }

    /** One database of the shared test server, with the event store as the services create it. */
    private record Database(String name, DataSource dataSource) {

        static Database empty(String prefix) {
            String jdbcUrl = SharedPostgres.newDatabase(prefix);
            SharedPostgres.Server server = SharedPostgres.server();
            // Axon names its tables without a schema, as the services' search path allows.
            DataSource dataSource = new DriverManagerDataSource(jdbcUrl + "?currentSchema=eventstore", server.user(),
                                                                server.password());
            return new Database(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1), dataSource);
        }

        static Database withEventStore(String prefix) {
            Database database = empty(prefix);
            new EventStoreSchema(database.dataSource()).afterPropertiesSet();
            return database;
        }

        String uri() {
            SharedPostgres.Server server = SharedPostgres.server();
            return "postgresql://" + encode(server.user()) + ":" + encode(server.password()) + "@" + server.host() + ":"
                    + server.port() + "/" + name;
        }

        JdbcTemplate jdbc() {
            return new JdbcTemplate(dataSource);
        }

        /** Appends the root goal of a new fractal, its texts encrypted with the owner's key. */
        UUID appendRootGoal(String owner, String name, String description) {
            UUID fractal = UUID.randomUUID();
            GoalCreated created = new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, name, description, null, null,
                                                  owner, Instant.parse("2026-03-01T10:00:00Z"));
            engine().appendEvents(new GenericDomainEventMessage<>("Fractal", fractal.toString(), 0, created));
            return fractal;
        }

        /** The root goal as a service that starts now reads it: with no data key in memory. */
        GoalCreated rootGoal(UUID fractal) {
            return (GoalCreated) engine().readEvents(fractal.toString()).next().getPayload();
        }

        List<Map<String, Object>> keyRows() {
            return new ArrayList<>(jdbc().queryForList(
                    "select owner_id, encode(wrapped_key, 'hex') as wrapped_key, master_key_id, created_at, destroyed_at "
                            + "from eventstore.user_data_key order by owner_id"));
        }

        private JdbcEventStorageEngine engine() {
            DataKeyStore keys = new DataKeyStore(jdbc(), new DataSourceTransactionManager(dataSource),
                                                 new MasterKey("backup-test", MASTER));
            JacksonSerializer jackson = JacksonSerializer.builder()
                                                         .objectMapper(EventStoreConfiguration.eventObjectMapper())
                                                         .revisionResolver(new AnnotationRevisionResolver())
                                                         .build();
            PersonalDataSerializer serializer = new PersonalDataSerializer(jackson, new PersonalDataCipher(keys));
            return JdbcEventStorageEngine.builder()
                                         .connectionProvider(new DataSourceConnectionProvider(dataSource))
                                         .transactionManager(NoTransactionManager.INSTANCE)
                                         .eventSerializer(serializer)
                                         .snapshotSerializer(serializer)
                                         .dataType(byte[].class)
                                         .build();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(OPS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        return execute(command);
    }

    private static Result pgTool(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PG_BIN.resolve(tool).toString()));
        command.addAll(List.of(arguments));
        return execute(command);
    }

    private static Result execute(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PG_BIN", PG_BIN.toString());
        builder.environment().remove("FRACTAL_DB_URL");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not end");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String ok(Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    /** The one backup a script just wrote into an otherwise empty directory, also named in its output. */
    private static Path single(String output, Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dumps = files.filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
            assertThat(dumps).hasSize(1);
            assertThat(output).contains(dumps.getFirst().toString());
            return dumps.getFirst();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path opsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("ops").resolve("restore"))) {
                return dir.resolve("ops");
            }
        }
        throw new IllegalStateException("ops/restore not found above " + Path.of("").toAbsolutePath());
    }

    /** pg_dump, pg_restore and psql: the PATH's, else the newest under /usr/lib/postgresql. */
    private static Path postgresClientTools() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(entry));
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(version -> version.resolve("bin"))
                    .sorted((a, b) -> Integer.compare(major(b), major(a)))
                    .forEach(candidates::add);
        } catch (IOException e) {
            // No Debian-style installation: the PATH is all there is.
        }
        return candidates.stream()
                         .filter(dir -> Stream.of("pg_dump", "pg_restore", "psql")
                                              .allMatch(tool -> Files.isExecutable(dir.resolve(tool))))
                         .findFirst()
                         .orElseThrow(() -> new IllegalStateException(
                                 "pg_dump, pg_restore and psql are needed for the backup tests and were found neither "
                                         + "on the PATH nor in /usr/lib/postgresql/*/bin: install PostgreSQL's client "
                                         + "tools (Debian: apt-get install postgresql-client)"));
    }

    private static int major(Path versionBin) {
        try {
            return Integer.parseInt(versionBin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** pg_dump refuses a server newer than itself; say so plainly instead of failing inside a script. */
    private static void assertServerNotNewerThanTools() throws Exception {
        String version = ok(pgTool("pg_dump", "--version")).replaceAll("^\\D*(\\d+).*$", "$1").trim();
        SharedPostgres.Server server = SharedPostgres.server();
        DriverManagerDataSource postgres = new DriverManagerDataSource(server.jdbcUrl("postgres"), server.user(),
                                                                        server.password());
        int serverMajor = new JdbcTemplate(postgres).queryForObject("show server_version_num", Integer.class) / 10000;
        assertThat(Integer.parseInt(version))
                .as("pg_dump in %s is version %s but the test server is PostgreSQL %d: install a client at least as new "
                            + "(or set FRACTAL_TEST_POSTGRES=embedded)", PG_BIN, version, serverMajor)
                .isGreaterThanOrEqualTo(serverMajor);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] randomMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
