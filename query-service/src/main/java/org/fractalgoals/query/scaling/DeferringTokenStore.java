package org.fractalgoals.query.scaling;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A token store that writes a processor's position at once when the processor has handled events, and at most
 * once per {@code deferFor} when it has only passed over events it does not handle.
 *
 * <p>A tracking processor stores its token after every batch, also after a batch of events none of its handlers
 * takes: with thirteen processors and each event handled by a few of them, most token writes (each a transaction
 * of its own) recorded nothing but "skipped". Deferring those is safe because what the stored position may then
 * lag behind is only events this processor ignores: after a restart or a hand-over it reads them again and ignores
 * them again. Positions the processor runs on are in memory and never lag; only readers of the token table
 * (another instance's consistency check, the import's wait for the read models) see such a position up to
 * {@code deferFor} late.
 *
 * <p>Written at once, as before: every token stored while a unit of work is active (a batch whose events were
 * handled: the token commits with the batch), wrapped tokens (replay and merge), and the first token of a segment.
 * A deferred token is written before its segment is released or fetched again, and a later immediate write
 * replaces it, so an older position never overwrites a newer one. Replays use {@link #immediate()}: their tokens are
 * in the replay's own schema, which the flusher's transactions do not address.
 */
public final class DeferringTokenStore implements TokenStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeferringTokenStore.class);

    private final TokenStore delegate;
    private final TransactionManager transactions;
    private final ScheduledExecutorService flusher;
    /** Per processor segment; each slot is locked on its own, so processors never wait for one another here. */
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    public DeferringTokenStore(TokenStore delegate, TransactionManager transactions, Duration deferFor) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "token-flush");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, deferFor.toMillis());
        flusher.scheduleWithFixedDelay(this::flush, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * The token store underneath, which writes every position at once: for processors whose tokens are not in the
     * live schema (a replay's, in its own schema), where the flusher's transaction would not find them.
     */
    public TokenStore immediate() {
        return delegate;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Slot slot = slot(processorName, segment);
        synchronized (slot) {
            if (deferrable(token, slot.written)) {
                slot.pending = token;
                return;
            }
            slot.pending = null;
            delegate.storeToken(token, processorName, segment);
            slot.written = token;
        }
    }

    private static boolean deferrable(TrackingToken token, TrackingToken last) {
        return !CurrentUnitOfWork.isStarted()
               && token != null && !(token instanceof WrappedToken)
               && last != null && !(last instanceof WrappedToken)
               && token.covers(last);
    }

    /** Writes every deferred token, each in a transaction of its own; a segment lost meanwhile is skipped. */
    public void flush() {
        slots.forEach((key, slot) -> {
            try {
                writePending(key, slot);
            } catch (RuntimeException e) {
                log.warn("Could not write the deferred position of {} segment {} ({}); it is tried again",
                         key.processor(), key.segment(), e.getClass().getSimpleName());
            }
        });
    }

    /** Writes the slot's deferred token, if it has one. */
    private void writePending(Key key, Slot slot) {
        synchronized (slot) {
            TrackingToken token = slot.pending;
            if (token == null) {
                return;
            }
            slot.pending = null;
            try {
                transactions.executeInTransaction(() -> delegate.storeToken(token, key.processor(), key.segment()));
                slot.written = token;
            } catch (UnableToClaimTokenException lost) {
                // Another instance owns the segment now and writes its own positions.
                slot.written = null;
            } catch (RuntimeException e) {
                slot.pending = token;
                throw e;
            }
        }
    }

    private Slot slot(String processorName, int segment) {
        return slots.computeIfAbsent(new Key(processorName, segment), key -> new Slot());
    }

    private void writeBefore(String processorName, int segment) {
        Key key = new Key(processorName, segment);
        Slot slot = slots.get(key);
        if (slot != null) {
            writePending(key, slot);
        }
    }

    private void forget(String processorName, int segment) {
        slots.remove(new Key(processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        writeBefore(processorName, segment);
        TrackingToken token = delegate.fetchToken(processorName, segment);
        remember(processorName, segment, token);
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        writeBefore(processorName, segment.getSegmentId());
        TrackingToken token = delegate.fetchToken(processorName, segment);
        remember(processorName, segment.getSegmentId(), token);
        return token;
    }

    private void remember(String processorName, int segment, TrackingToken token) {
        Slot slot = slot(processorName, segment);
        synchronized (slot) {
            slot.written = token;
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        writeBefore(processorName, segment);
        forget(processorName, segment);
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        forget(processorName, segment);
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        forget(processorName, segment);
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }

    /** Writes what is deferred and stops the flusher; processors release their claims (and flush) before this. */
    @Override
    public void close() {
        flusher.shutdown();
        flush();
    }

    private record Key(String processor, int segment) {
    }

    /** The last token written for a segment, and one waiting to be written. Guarded by the slot itself. */
    private static final class Slot {
        private TrackingToken written;
        private TrackingToken pending;
    }
}
