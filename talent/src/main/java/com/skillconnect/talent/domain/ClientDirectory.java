package com.skillconnect.talent.domain;

import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Read side of client profiles: browse and public detail, straight from storage in a constant number of queries. */
@SecondaryPort
public interface ClientDirectory {

    /** One page of cards and the number of all profiles that match. */
    record Found(List<ClientCard> cards, long total) {
    }

    Found browse(ClientSearch search);

    Optional<ClientView> findById(long id);
}
