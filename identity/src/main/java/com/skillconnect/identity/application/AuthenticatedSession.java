package com.skillconnect.identity.application;

/** The tokens handed out when a user signs in, and the user they belong to. */
public record AuthenticatedSession(String access, String refresh, AccountView user) {
}
