package com.skillconnect.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects {@link Violation}s under a path, so that one answer lists every problem, then throws them
 * all at once as a {@link RuleViolationException}. {@link #at} gives a view of the same collection one or
 * more path segments deeper.
 */
public final class Violations {

    private final List<Object> path;
    private final List<Violation> all;

    public Violations() {
        this(List.of(), new ArrayList<>());
    }

    private Violations(List<Object> path, List<Violation> all) {
        this.path = path;
        this.all = all;
    }

    /** The same collection, {@code segments} deeper. */
    public Violations at(Object... segments) {
        List<Object> deeper = new ArrayList<>(path);
        deeper.addAll(Arrays.asList(segments));
        return new Violations(List.copyOf(deeper), all);
    }

    /** Records a broken rule at this path. */
    public void add(String code, Object... args) {
        all.add(new Violation(path, code, List.of(args)));
    }

    /** The parsed value, or null after recording why it was refused (at this path). */
    public <T> T take(Parsed<T> parsed) {
        if (!parsed.ok()) {
            add(parsed.code(), parsed.args().toArray());
            return null;
        }
        return parsed.value();
    }

    /** Whether anything was recorded at this path or below it. */
    public boolean any() {
        return all.stream().anyMatch(violation -> violation.path().size() >= path.size()
                && violation.path().subList(0, path.size()).equals(path));
    }

    public List<Violation> list() {
        return List.copyOf(all);
    }

    public void throwIfAny() {
        if (!all.isEmpty()) {
            throw new RuleViolationException(all);
        }
    }
}
