package org.fractalgoals.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CpuTimesTest {

    @Test
    void readsTheCpuFieldsAfterAProcessNameWithSpacesAndParentheses() {
        String line = "4242 (postgres: a (b) c) S 1 4242 4242 0 -1 4194560 120 0 0 0 1234 567 89 12 20 0 1 0 100 "
                      + "200000000 3000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        CpuTimes.ProcessStat stat = CpuTimes.ProcessStat.parse(line);

        assertThat(stat).isEqualTo(new CpuTimes.ProcessStat(1234, 567, 89, 12));
        assertThat(stat.ownSeconds()).isCloseTo(18.01, within(1e-9));
        assertThat(stat.waitedForChildrenSeconds()).isCloseTo(1.01, within(1e-9));
    }

    @Test
    void theMachineIsBusyInAllButIdleAndIoWait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        double busy = CpuTimes.busySeconds("cpu  1000 20 300 9000 500 4 6 70 0 0");

        assertThat(busy).isCloseTo(14.0, within(1e-9));
    }

    @Test
    void costPerCommandSplitsTheMachineIntoItsPartsAndTheRest() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("command-service", 2.0);
        seconds.put("database", 1.0);
        CpuTimes.Usage usage = new CpuTimes.Usage(seconds, 3.5, 2.0);

        Map<String, Double> perCommand = usage.millisPerCommand(1000);

        assertThat(perCommand).containsExactly(Map.entry("command-service", 2.0), Map.entry("database", 1.0),
                                               Map.entry("other", 0.5), Map.entry("total", 3.5));
        assertThat(usage.coresBusy()).isCloseTo(1.75, within(1e-9));
    }

    /**
     * As PostgreSQL's backends: a child burns CPU and ends, and its time must still count, through the root that
     * waited for it; a live child counts too.
     */
    @Test
    void aProcessTreeCountsWithTheChildrenItWaitedFor() throws Exception {
        Process root = new ProcessBuilder("sh", "-c", "timeout 0.6 sh -c 'while :; do :; done'; sleep 30").start();
        try {
            Thread.sleep(1500);
            assertThat(root.toHandle().descendants().count()).as("the burner has ended; sleep runs").isEqualTo(1);
            assertThat(CpuTimes.treeSeconds(root.toHandle())).isBetween(0.3, 1.2);
        } finally {
            root.descendants().forEach(ProcessHandle::destroy);
            root.destroy();
            root.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
