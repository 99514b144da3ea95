package com.skillconnect.marketplace.domain;

import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The seeded categories. */
@SecondaryPort
public interface Categories {

    /** Every category, by id. */
    List<Category> all();

    Optional<Category> find(long id);
}
