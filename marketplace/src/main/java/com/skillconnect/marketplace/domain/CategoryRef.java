package com.skillconnect.marketplace.domain;

/** A category as gigs and proposals nest it: {@code {id, name}}. */
public record CategoryRef(long id, String name) {
}
