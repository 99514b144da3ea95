package com.skillconnect.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One broken rule: where (a path of field names in the domain's own words and {@link Item} positions;
 * empty for the request as a whole), which rule (a code such as {@code name.too-short}) and the values
 * its message needs (a limit such as {@code 2}). The module's web adapter turns it into a request field and an
 * English message ({@link ViolationMessages}).
 */
@ValueObject
public record Violation(List<Object> path, String code, List<Object> args) {

    /**
     * The {@code index}-th of {@code size} items of a list (DRF answers one entry per item). The index may
     * lie past the list's end when it names a position the request wrongly assumed (a certificate for an
     * item that does not exist).
     */
    public record Item(int index, int size) {
        public Item {
            if (index < 0 || size < 0) {
                throw new IllegalArgumentException("No item " + index + " of " + size);
            }
        }
    }

    public Violation {
        path = List.copyOf(path);
        for (Object segment : path) {
            if (!(segment instanceof String) && !(segment instanceof Item)) {
                throw new IllegalArgumentException("A path holds field names and items: " + segment);
            }
        }
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    /** A rule about a field, with the values its message needs (a length limit, …). */
    public static Violation of(String field, String code, Object... args) {
        return new Violation(List.of(field), code, List.of(args));
    }

    /** A rule about the request as a whole. */
    public static Violation whole(String code) {
        return new Violation(List.of(), code, List.of());
    }

    /** The same rule one level deeper: below a field, or below an item of a list. */
    public Violation under(Object... prefix) {
        List<Object> longer = new ArrayList<>(List.of(prefix));
        longer.addAll(path);
        return new Violation(longer, code, args);
    }

    /** The message value at {@code index}. */
    public Object arg(int index) {
        return args.get(index);
    }

    public boolean isWhole() {
        return path.isEmpty();
    }
}
