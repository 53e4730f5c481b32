package org.fractalgoals.query.scaling;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeferringTokenStoreTest {

    private static final String PROCESSOR = "goal-tree";

    private final InMemoryTokenStore table = new InMemoryTokenStore();
    // An hour: nothing is flushed unless the test asks for it.
    private final DeferringTokenStore store = new DeferringTokenStore(table, NoTransactionManager.INSTANCE,
                                                                      Duration.ofHours(1));

    @BeforeEach
    void claimSegment() {
        table.initializeTokenSegments(PROCESSOR, 1, at(10));
        store.fetchToken(PROCESSOR, 0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void positionsPastIgnoredEventsWaitForTheFlush() {
        store.storeToken(at(11), PROCESSOR, 0);
        store.storeToken(at(12), PROCESSOR, 0);

        assertThat(stored()).isEqualTo(at(10));
        store.flush();
        assertThat(stored()).isEqualTo(at(12));
    }

    @Test
    void theFlusherWritesOnItsOwn() throws InterruptedException {
        try (DeferringTokenStore quick = new DeferringTokenStore(table, NoTransactionManager.INSTANCE,
                                                                 Duration.ofMillis(20))) {
            quick.fetchToken(PROCESSOR, 0);
            quick.storeToken(at(15), PROCESSOR, 0);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!stored().equals(at(15)) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(stored()).isEqualTo(at(15));
        }
    }

    @Test
    void aBatchWithHandledEventsIsWrittenAtOnceAndReplacesWhatWaits() {
        store.storeToken(at(11), PROCESSOR, 0);

        DefaultUnitOfWork.startAndGet(null).execute(() -> store.storeToken(at(13), PROCESSOR, 0));

        assertThat(stored()).isEqualTo(at(13));
        store.flush();
        assertThat(stored()).as("the older waiting position is dropped, not written over the newer one")
                            .isEqualTo(at(13));
    }

    @Test
    void replayAndBackwardTokensAreWrittenAtOnce() {
        TrackingToken replay = ReplayToken.createReplayToken(at(40), at(0));
        store.storeToken(replay, PROCESSOR, 0);
        assertThat(stored()).isEqualTo(replay);

        store.storeToken(at(5), PROCESSOR, 0);
        assertThat(stored()).isEqualTo(at(5));
    }

    @Test
    void aSegmentIsWrittenBeforeItIsReleased() {
        store.storeToken(at(14), PROCESSOR, 0);

        store.releaseClaim(PROCESSOR, 0);

        assertThat(stored()).isEqualTo(at(14));
    }

    @Test
    void aSegmentIsWrittenBeforeItIsFetchedAgain() {
        store.storeToken(at(16), PROCESSOR, 0);

        assertThat(store.fetchToken(PROCESSOR, 0)).isEqualTo(at(16));
    }

    @Test
    void closingWritesWhatWaits() {
        store.storeToken(at(17), PROCESSOR, 0);

        store.close();

        assertThat(stored()).isEqualTo(at(17));
    }

    @Test
    void aSegmentNeverFetchedHereIsWrittenAtOnce() {
        table.initializeTokenSegments("sessions", 1, at(3));

        store.storeToken(at(4), "sessions", 0);

        assertThat(table.fetchToken("sessions", 0)).isEqualTo(at(4));
    }

    @Test
    void aFailedFlushKeepsThePositionForTheNextOne() {
        FailingOnce flaky = new FailingOnce();
        try (DeferringTokenStore deferring = new DeferringTokenStore(flaky, NoTransactionManager.INSTANCE,
                                                                     Duration.ofHours(1))) {
            flaky.initializeTokenSegments("notes", 1, at(1));
            deferring.fetchToken("notes", 0);
            deferring.storeToken(at(2), "notes", 0);
            flaky.failNextStore = true;

            deferring.flush();
            assertThat(flaky.fetchToken("notes", 0)).isEqualTo(at(1));
            deferring.flush();
            assertThat(flaky.fetchToken("notes", 0)).isEqualTo(at(2));
        }
    }

    /** Axon's in-memory store, whose next write fails as a lost database connection would. */
    private static final class FailingOnce extends InMemoryTokenStore {
        private boolean failNextStore;

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            if (failNextStore) {
                failNextStore = false;
                throw new IllegalStateException("connection lost");
            }
            super.storeToken(token, processorName, segment);
        }
    }

    private TrackingToken stored() {
        return table.fetchToken(PROCESSOR, 0);
    }

    private static TrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }
}
