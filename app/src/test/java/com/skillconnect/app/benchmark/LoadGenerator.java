package com.skillconnect.app.benchmark;

import java.time.Duration;
import java.util.List;

/** Drives one scenario against the server on loopback: a warm-up whose results are thrown away, then a measured run. */
interface LoadGenerator {

    /**
     * Each request's path drawn at random from {@code paths}; with {@code tokens} not empty, each request also carries
     * {@code Authorization: Bearer} with one of them drawn at random (for the endpoints that want a signed-in user).
     */
    LoadRunner.Result run(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp, Duration measure)
            throws Exception;

    /**
     * Each request's path drawn at random from {@code paths} with the bearer token at the same index of
     * {@code tokens} (as long as {@code paths}): the token of the user whose objects the path names.
     */
    LoadRunner.Result runOwned(String scenario, List<String> paths, List<String> tokens, int clients, Duration warmUp,
            Duration measure) throws Exception;

    /** Anonymous requests. */
    default LoadRunner.Result run(String scenario, List<String> paths, int clients, Duration warmUp, Duration measure) throws Exception {
        return run(scenario, paths, List.of(), clients, warmUp, measure);
    }

    /** For the log and the report: what generated the load, with its threads and connections. */
    String description(int clients);
}
