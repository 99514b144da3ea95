/**
 * The talent domain: the Freelancer and Client aggregates, the rules of their fields, and the
 * secondary ports for storage, files and look-ups. Plain Java: no Spring, no JPA, no Jackson.
 * <p>
 * Like identity's domain, the package carries no hexagonal stereotype (see the note in
 * {@code com.skillconnect.identity.domain}); its ports carry {@code @SecondaryPort}.
 */
package com.skillconnect.talent.domain;
