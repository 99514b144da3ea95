package com.skillconnect.kernel.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller's {@code POST} handler that creates something (an order, a contract, a payment request, a
 * gateway order) as one a caller may repeat safely with an {@code Idempotency-Key} header: app's filter answers a
 * repeat of the same key, by the same user, with the same request, with the first answer instead of running the
 * handler again; the same key with another request is answered 422, and a repeat while the first is still running
 * 409 (ADR 31). Without the header the request runs as usual. Only JSON (not form or multipart) bodies take part.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";
}
