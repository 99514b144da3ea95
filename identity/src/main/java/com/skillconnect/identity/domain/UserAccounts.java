package com.skillconnect.identity.domain;

import com.skillconnect.identity.UserId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where accounts are kept. */
@Repository
@SecondaryPort
public interface UserAccounts {

    /** The rule a registration breaks when its address is already taken (code for the web adapter). */
    String EMAIL_TAKEN = IdentityCode.EMAIL_TAKEN;

    UserId nextId();

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByEmail(EmailAddress email);

    /**
     * The account, locked against concurrent changes until the current transaction ends: attempts
     * (codes, passwords) are counted one after the other, so that parallel attempts are all counted.
     */
    Optional<UserAccount> findByIdForUpdate(UserId id);

    /** As {@link #findByIdForUpdate}, by e-mail. */
    Optional<UserAccount> findByEmailForUpdate(EmailAddress email);

    /** When the account's access tokens start to be valid (see {@link UserAccount#endAccessTokens}), if ever limited. */
    Optional<java.time.Instant> accessTokensValidAfter(UserId id);

    UserAccount save(UserAccount account);
}
