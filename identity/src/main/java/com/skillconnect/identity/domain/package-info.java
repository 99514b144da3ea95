/**
 * The identity domain: the {@link com.skillconnect.identity.domain.UserAccount} aggregate, its value
 * objects and rules, and the secondary ports the application needs from the outside world.
 * Plain Java: no Spring, no JPA, no Jackson.
 */
@org.jmolecules.architecture.hexagonal.Application
package com.skillconnect.identity.domain;
