/**
 * The identity domain: the {@link com.skillconnect.identity.domain.UserAccount} aggregate, its value
 * objects and rules, and the secondary ports the application needs from the outside world.
 * Plain Java: no Spring, no JPA, no Jackson.
 * <p>
 * The package deliberately carries no hexagonal stereotype, only the secondary ports in it do
 * ({@code @SecondaryPort} on each interface). The domain model is the vocabulary the ports speak: the
 * use cases (primary ports) drive the aggregates, the secondary ports take and return them, and the
 * adapters translate them to rows, mails and tokens. jMolecules' strict hexagonal verification forbids
 * ports and adapters to touch anything marked {@code @Application} (the core hidden behind the ports),
 * so marking the domain that way would make every port signature a violation. Its roles come from the
 * jMolecules DDD annotations instead, and architecture-tests check that it depends on nothing but
 * {@code java.*}, {@code org.jmolecules.*}, itself, the module's API package and the shared kernel's base
 * package.
 * <p>
 * Rules answer codes ({@link com.skillconnect.identity.domain.IdentityCode}), never English or request
 * field names: the web adapter words them.
 */
package com.skillconnect.identity.domain;
