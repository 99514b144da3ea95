package com.skillconnect.kernel;

import java.util.List;
import java.util.function.Function;

/** What a value object made of a text: the value, or the code saying why it refused it. */
public record Parsed<T>(T value, String code, List<Object> args) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null, List.of());
    }

    public static <T> Parsed<T> refused(String code, Object... args) {
        return new Parsed<>(null, code, List.of(args));
    }

    public boolean ok() {
        return code == null;
    }

    public <R> Parsed<R> map(Function<T, R> mapping) {
        return ok() ? of(mapping.apply(value)) : refused(code, args.toArray());
    }

    public <R> Parsed<R> then(Function<T, Parsed<R>> next) {
        return ok() ? next.apply(value) : refused(code, args.toArray());
    }
}
