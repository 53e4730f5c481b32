package org.fractalgoals.platform.crypto;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One AES-256 data key per user, stored wrapped by the master key in {@code user_data_key}. A key is created
 * on a user's first encrypted value, in a transaction of its own: if it joined the caller's transaction, a
 * rolled-back command could leave this process holding a key that the database never kept.
 */
public class DataKeyStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final MasterKey masterKey;
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

    public DataKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The key to encrypt a new value of this owner; refuses when the owner's key was destroyed. */
    public SecretKey keyForWriting(String ownerId) {
        SecretKey cached = cache.get(ownerId);
        if (cached != null) {
            return cached;
        }
        Optional<StoredKey> stored = load(ownerId);
        if (stored.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> insertNewKey(ownerId));
            stored = load(ownerId);
        }
        StoredKey key = stored.orElseThrow(() -> new IllegalStateException("data key vanished after creation"));
        if (key.destroyed()) {
            throw new DataKeyDestroyedException();
        }
        return remember(ownerId, key);
    }

    /** The key to decrypt this owner's values, or empty when it never existed or was destroyed. */
    public Optional<SecretKey> keyForReading(String ownerId) {
        SecretKey cached = cache.get(ownerId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return load(ownerId).filter(key -> !key.destroyed()).map(key -> remember(ownerId, key));
    }

    /**
     * Destroys the owner's key for good: the row keeps the owner id as a tombstone, without a key, also when the
     * owner never had one. Unlike creating a key, this joins the caller's transaction, so that the key goes
     * exactly when the erasure that asks for it commits. Destroying a destroyed key keeps its first time.
     */
    public void destroy(String ownerId) {
        jdbc.update("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id, destroyed_at) "
                            + "values (?, null, ?, now()) on conflict (owner_id) do update set wrapped_key = null, "
                            + "destroyed_at = coalesce(user_data_key.destroyed_at, excluded.destroyed_at)",
                    ownerId, masterKey.id());
        forget(ownerId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Another thread may read the key back into the cache before this transaction commits.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(ownerId);
                }
            });
        }
    }

    /** Whether the owner's key was destroyed, read from the database (a primary-key lookup), never from memory. */
    public boolean isDestroyed(String ownerId) {
        return KeyTombstones.isDestroyed(jdbc, ownerId);
    }

    /** Drops cached keys, so that a key destroyed by another process is not used from memory. */
    public void forget(String ownerId) {
        cache.remove(ownerId);
    }

    private SecretKey remember(String ownerId, StoredKey key) {
        SecretKey unwrapped = masterKey.unwrap(key.wrapped(), ownerId);
        cache.put(ownerId, unwrapped);
        return unwrapped;
    }

    private void insertNewKey(String ownerId) {
        byte[] wrapped = masterKey.wrap(newDataKey(), ownerId);
        jdbc.update("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id) values (?, ?, ?) "
                + "on conflict (owner_id) do nothing", ownerId, wrapped, masterKey.id());
    }

    private Optional<StoredKey> load(String ownerId) {
        List<StoredKey> rows = jdbc.query(
                "select wrapped_key, destroyed_at is not null as destroyed from eventstore.user_data_key where owner_id = ?",
                (rs, n) -> new StoredKey(rs.getBytes(1), rs.getBoolean(2)), ownerId);
        return rows.stream().findFirst();
    }

    private static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredKey(byte[] wrapped, boolean destroyed) {
    }
}
