package com.skillconnect.marketplace.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A category of gigs and proposals, from a seeded set that the API only reads. */
@ValueObject
public record Category(long id, String name, String icon, String description) {
}
