package com.skillconnect.talent.domain;

import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One broken rule: where ({@code path}: domain field names and {@linkplain Position item positions},
 * e.g. {@code ["educations", Position(2, 3), "endYear"]}; empty for the input as a whole), what
 * ({@code code}, see {@link Code}) and the values a message needs ({@code args}, e.g. a length limit).
 * The domain says what is wrong; the web adapter says it in English under the wire's field names.
 * Talent's own minimal type until the shared kernel's violation replaces it.
 */
@ValueObject
public record Violation(List<Object> path, String code, List<Object> args) {

    public Violation {
        path = List.copyOf(path);
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    /** The index-th item of a list of {@code size} items (a message lands at the item's position). */
    public record Position(int index, int size) {
    }

    /** The argument at {@code index}, for messages. */
    public Object arg(int index) {
        return args.get(index);
    }
}
