package com.skillconnect.talent.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A city or country offered by the look-ups: {@code {"id", "name"}} on the wire. */
@ValueObject
public record Place(long id, String name) {
}
