package org.fractalgoals.command.dispatch;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Live aggregates between commands: up to {@code maximumSize} of them, each kept while it is used at least once per
 * {@code idleFor}, and held softly, so that the collector may still take them when the heap runs short.
 *
 * <p>Axon's {@code WeakReferenceCache}, used before, loses every entry at the next young collection, which under
 * load comes every few hundred milliseconds: nearly every command then read its aggregate's snapshot and up to 250
 * events back from the store and decrypted them (pg_stat_statements: 13,300 aggregate reads in 40 s of 11,800
 * commands, 34 events each; docs/performance.md).
 *
 * <p>Another command-service instance may append to an aggregate held here. The next command here then appends at
 * a sequence number already taken, which the event table's unique index refuses (409), and {@link CommandRunner}
 * drops the entry, so the command after it loads the current state.
 */
public final class AggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public AggregateCache(long maximumSize, Duration idleFor) {
        this(maximumSize, idleFor, ForkJoinPool.commonPool());
    }

    /** With the executor that evicts and tells listeners (the caller's own thread in tests). */
    AggregateCache(long maximumSize, Duration idleFor, Executor maintenance) {
        this.entries = Caffeine.newBuilder()
                               .executor(maintenance)
                               .maximumSize(maximumSize)
                               .expireAfterAccess(idleFor)
                               .softValues()
                               .removalListener((Object key, Object value, RemovalCause cause) -> {
                                   if (cause.wasEvicted()) {
                                       listeners.forEach(listener -> listener.onEntryExpired(key));
                                   }
                               })
                               .build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.getIfPresent(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous = entries.asMap().put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.asMap().putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.get(key, ignored -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.asMap().remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys = List.copyOf(entries.asMap().keySet());
        keys.forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Entries held now, counting any the collector has cleared but the cache has not noticed yet. */
    long size() {
        return entries.estimatedSize();
    }

    /** Applies pending evictions now (Caffeine does so in the background otherwise). */
    void cleanUp() {
        entries.cleanUp();
    }
}
