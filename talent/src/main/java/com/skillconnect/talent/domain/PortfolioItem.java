package com.skillconnect.talent.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A project to show: title, description and an optional http(s) link. */
@ValueObject
public record PortfolioItem(String title, String description, String projectLink) {
}
