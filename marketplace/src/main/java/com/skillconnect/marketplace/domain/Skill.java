package com.skillconnect.marketplace.domain;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A skill named on gigs and proposals, with the id the API answers in {@code skills_output}. */
@ValueObject
public record Skill(long id, String name) {

    public Skill {
        Objects.requireNonNull(name);
    }
}
