package com.skillconnect.talent.domain;

import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Read side of client profiles: browse and public detail, straight from storage in a constant number of queries. */
@SecondaryPort
public interface ClientDirectory {

    ClientPage browse(ClientSearch search);

    Optional<ClientView> findById(long id);
}
