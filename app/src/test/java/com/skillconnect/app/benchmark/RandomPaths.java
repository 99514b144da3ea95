package com.skillconnect.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Draws the request paths of a benchmark's scenarios from a seeded generator, so that two runs of the same code send
 * the same requests and compare.
 */
final class RandomPaths {

    /** How many paths a scenario draws; each request picks one of them at random. */
    static final int PER_SCENARIO = 4000;

    private final Random random;

    RandomPaths(long seed) {
        this.random = new Random(seed);
    }

    /** {@value #PER_SCENARIO} paths from the supplier. */
    List<String> paths(Supplier<String> path) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < PER_SCENARIO; i++) {
            paths.add(path.get());
        }
        return paths;
    }

    /** 0 … size-1, small numbers much more often (as popular skills are). */
    int skewed(int size) {
        return (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * size);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** 0 … bound-1, evenly. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }
}
