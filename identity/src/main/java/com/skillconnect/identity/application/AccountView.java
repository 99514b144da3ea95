package com.skillconnect.identity.application;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.domain.UserAccount;

/** What the Users API shows of an account. */
public record AccountView(long id, String email, Role role, boolean firstLogin) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.id().value(), account.email().value(), account.role(), account.firstLogin());
    }
}
