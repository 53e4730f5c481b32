package org.fractalgoals.launcher;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL settings of the embedded default. The embedded binaries start tuned for throwaway test
 * databases (no fsync, asynchronous commits, PostgreSQL's 128 MB of shared buffers); the embedded default keeps
 * a user's data across restarts, so it runs durable, and with a buffer pool large enough that the event store's
 * indexes and a read model's stay in memory while a replay reads a million events.
 */
public final class ServerSettings {

    static final long MEGABYTE = 1024L * 1024;
    private static final long MIN_SHARED_BUFFERS = 128 * MEGABYTE;
    private static final long MAX_SHARED_BUFFERS = 1024 * MEGABYTE;

    private ServerSettings() {
    }

    /** The settings for this machine. */
    public static Map<String, String> forThisMachine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return forMemory(os.getTotalMemorySize());
    }

    /** The settings for a machine with {@code physicalMemory} bytes of RAM. */
    static Map<String, String> forMemory(long physicalMemory) {
        Map<String, String> settings = new LinkedHashMap<>();
        // The binaries' start script passes -F (fsync off); a later -c wins, so these restore durability.
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        // A quarter of the RAM is PostgreSQL's own rule of thumb; the cap keeps a laptop's share modest, and
        // 1 GB held a 1,000,000-event replay's working set here (docs/performance.md).
        long sharedBuffers = Math.clamp(physicalMemory / 4, MIN_SHARED_BUFFERS, MAX_SHARED_BUFFERS);
        settings.put("shared_buffers", (sharedBuffers / MEGABYTE) + "MB");
        // Fewer checkpoints (each followed by full-page writes) during bulk writes such as replays and imports;
        // PostgreSQL recycles the files back towards min_wal_size when idle.
        settings.put("max_wal_size", "4GB");
        return settings;
    }
}
