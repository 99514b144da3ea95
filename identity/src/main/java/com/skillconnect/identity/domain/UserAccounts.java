package com.skillconnect.identity.domain;

import com.skillconnect.identity.UserId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where accounts are kept. */
@Repository
@SecondaryPort
public interface UserAccounts {

    UserId nextId();

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByEmail(EmailAddress email);

    UserAccount save(UserAccount account);
}
