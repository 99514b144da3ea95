package com.skillconnect.app.benchmark;

import java.time.Duration;
import java.util.List;

/** Drives one scenario against the server on loopback: a warm-up whose results are thrown away, then a measured run. */
interface LoadGenerator {

    LoadRunner.Result run(String scenario, List<String> paths, int clients, Duration warmUp, Duration measure) throws Exception;

    /** For the log and the report: what generated the load, with its threads and connections. */
    String description(int clients);
}
