package com.skillconnect.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine's TCP counters (Linux {@code /proc/net/snmp} and {@code /proc/net/netstat}, what {@code nstat} shows),
 * read before and after a scenario: every request and statement of the benchmarks crosses loopback TCP (wrk to
 * Tomcat, JDBC to PostgreSQL), and a retransmission timeout (RTO, at least 200 ms, doubling) stalls one of them for
 * far longer than any query. Zeros where the files are missing (not Linux).
 */
record TcpCounters(long retransmittedSegments, long timeouts, long lossProbes) {

    static TcpCounters now() {
        Map<String, Long> counters = new HashMap<>();
        read(Path.of("/proc/net/snmp"), counters);
        read(Path.of("/proc/net/netstat"), counters);
        return new TcpCounters(counters.getOrDefault("Tcp:RetransSegs", 0L), counters.getOrDefault("TcpExt:TCPTimeouts", 0L),
                counters.getOrDefault("TcpExt:TCPLossProbes", 0L));
    }

    TcpCounters since(TcpCounters before) {
        return new TcpCounters(retransmittedSegments - before.retransmittedSegments, timeouts - before.timeouts,
                lossProbes - before.lossProbes);
    }

    /** Each section is a header line of names and a line of values, both starting with the section's name. */
    private static void read(Path file, Map<String, Long> into) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                String[] names = lines.get(i).trim().split("\\s+");
                String[] values = lines.get(i + 1).trim().split("\\s+");
                for (int j = 1; j < Math.min(names.length, values.length); j++) {
                    try {
                        into.put(names[0] + names[j], Long.parseLong(values[j]));
                    } catch (NumberFormatException notACounter) {
                        // a section's non-numeric field
                    }
                }
            }
        } catch (IOException | RuntimeException missing) {
            // not Linux, or not readable: no counters
        }
    }
}
