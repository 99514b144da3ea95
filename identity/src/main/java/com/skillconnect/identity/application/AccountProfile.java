package com.skillconnect.identity.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: read it, and change what is not read-only. */
@Service
public class AccountProfile {

    private final UserAccounts accounts;

    AccountProfile(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public AccountView view(UserId id) {
        return AccountView.of(activeAccount(id));
    }

    /** Only {@code first_login} may change; e-mail and role are read-only. */
    @Transactional
    public AccountView update(UserId id, Boolean firstLogin) {
        UserAccount account = activeAccount(id);
        if (firstLogin != null) {
            account.markFirstLogin(firstLogin);
            accounts.save(account);
        }
        return AccountView.of(account);
    }

    private UserAccount activeAccount(UserId id) {
        return accounts.findById(id).filter(UserAccount::isActive)
                .orElseThrow(() -> new NoSuchElementException("No active account " + id));
    }
}
