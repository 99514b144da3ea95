package com.skillconnect.talent.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A language a freelancer speaks, and how well. */
@ValueObject
public record Language(String name, Proficiency proficiency) {
}
