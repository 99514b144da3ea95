package com.skillconnect.kernel;

/**
 * Who has a socket open on an endpoint, across every instance: the one way a module tells "a user came online on
 * this endpoint" (their first socket there opened) from "another tab" and "went offline" (their last socket there
 * closed) from "one tab closed". Counted per user and endpoint (its path; a trailing slash or none is the same
 * endpoint) by app, in memory with {@code skillconnect.realtime.backplane=local}, shared by all instances with
 * {@code redis}. A module's socket handler calls {@link #opened} when a socket is established and {@link #closed}
 * when it closes, once each.
 */
public interface RealtimePresence {

    /** Counts a socket of the user on the endpoint; true when it is the user's only one there now (they came online). */
    boolean opened(long userId, String endpoint);

    /** Forgets a socket of the user on the endpoint; true when it was the user's last one there (they went offline). */
    boolean closed(long userId, String endpoint);

    /** Whether the user has a socket open on the endpoint, on any instance. */
    boolean online(long userId, String endpoint);
}
