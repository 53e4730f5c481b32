package org.fractalgoals.platform.crypto;

import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Destroying a user's data key: the row becomes the tombstone, in the caller's transaction. */
class DataKeyDestructionTest {

    private static JdbcTemplate jdbc;
    private static DataKeyStore keys;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("key_destruction_test"),
                                                                         SharedPostgres.server().user(),
                                                                         SharedPostgres.server().password());
        new EventStoreSchema(dataSource).afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        keys = new DataKeyStore(jdbc, transactions, new MasterKey("test", master));
        transaction = new TransactionTemplate(transactions);
    }

    private static Map<String, Object> row(String owner) {
        return jdbc.queryForMap("select wrapped_key, master_key_id, destroyed_at from eventstore.user_data_key "
                                        + "where owner_id = ?", owner);
    }

    @Test
    void a_destroyed_key_is_gone_from_the_table_and_from_memory() {
        String owner = UUID.randomUUID().toString();
        keys.keyForWriting(owner);
        assertThat(keys.keyForReading(owner)).isPresent();

        transaction.executeWithoutResult(status -> keys.destroy(owner));

        assertThat(row(owner).get("wrapped_key")).isNull();
        assertThat(row(owner).get("destroyed_at")).isNotNull();
        assertThat(keys.keyForReading(owner)).isEmpty();
        assertThat(keys.isDestroyed(owner)).isTrue();
        assertThatThrownBy(() -> keys.keyForWriting(owner)).isInstanceOf(DataKeyDestroyedException.class);
    }

    @Test
    void a_user_who_never_had_a_key_gets_a_tombstone_all_the_same() {
        String owner = UUID.randomUUID().toString();
        assertThat(keys.isDestroyed(owner)).isFalse();

        keys.destroy(owner);

        assertThat(row(owner).get("master_key_id")).isEqualTo("test");
        assertThat(keys.isDestroyed(owner)).isTrue();
        assertThatThrownBy(() -> keys.keyForWriting(owner)).isInstanceOf(DataKeyDestroyedException.class);
    }

    @Test
    void destroying_again_keeps_the_first_time() {
        String owner = UUID.randomUUID().toString();
        keys.destroy(owner);
        jdbc.update("update eventstore.user_data_key set destroyed_at = destroyed_at - interval '1 day' where owner_id = ?",
                    owner);
        Timestamp first = (Timestamp) row(owner).get("destroyed_at");

        keys.destroy(owner);

        assertThat(row(owner).get("destroyed_at")).isEqualTo(first);
    }

    @Test
    void a_rolled_back_destruction_leaves_the_key_usable() {
        String owner = UUID.randomUUID().toString();
        keys.keyForWriting(owner);

        transaction.executeWithoutResult(status -> {
            keys.destroy(owner);
            status.setRollbackOnly();
        });

        assertThat(keys.isDestroyed(owner)).isFalse();
        assertThat(keys.keyForReading(owner)).isPresent();
        assertThat(keys.keyForWriting(owner)).isNotNull();
    }
}
