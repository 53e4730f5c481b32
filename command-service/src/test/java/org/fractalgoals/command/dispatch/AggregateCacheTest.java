package org.fractalgoals.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(2, Duration.ofMinutes(10), Runnable::run);

    @Test
    void keeps_what_was_put_until_it_is_removed() {
        cache.put("a", "state of a");

        assertThat(cache.<String, String>get("a")).isEqualTo("state of a");
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.<String, String>get("a")).isNull();
    }

    @Test
    void put_if_absent_and_compute_if_present_follow_the_map_contract() {
        assertThat(cache.putIfAbsent("a", "first")).isTrue();
        assertThat(cache.putIfAbsent("a", "second")).isFalse();
        cache.<String>computeIfPresent("a", value -> value + "+1");
        cache.<String>computeIfPresent("b", value -> "never");

        assertThat(cache.<String, String>get("a")).isEqualTo("first+1");
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.<String>computeIfAbsent("c", () -> "made")).isEqualTo("made");
        assertThat(cache.<String>computeIfAbsent("c", () -> "again")).isEqualTo("made");
    }

    @Test
    void holds_no_more_than_its_maximum_and_tells_listeners_what_it_dropped() {
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        for (String key : List.of("a", "b", "c", "d")) {
            cache.put(key, "state of " + key);
        }
        cache.cleanUp();

        assertThat(cache.size()).isEqualTo(2);
        assertThat(expired).hasSize(2);
    }

    @Test
    void remove_all_empties_it() {
        cache.put("a", "x");
        cache.put("b", "y");
        cache.removeAll();

        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
    }
}
