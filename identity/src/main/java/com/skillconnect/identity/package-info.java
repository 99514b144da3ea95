/**
 * Identity: accounts, passwords, one-time passwords, tokens and Google sign-in (the Users API).
 * <p>
 * This package is the module's published API: {@link com.skillconnect.identity.UserId},
 * {@link com.skillconnect.identity.Role} and the events other modules listen to
 * ({@link com.skillconnect.identity.UserActivated}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity",
        allowedDependencies = { "kernel" })
package com.skillconnect.identity;
