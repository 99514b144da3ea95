/**
 * The talent domain: the {@link com.skillconnect.talent.domain.Freelancer} and
 * {@link com.skillconnect.talent.domain.Client} aggregates, the rules of their fields, and the
 * secondary ports for storage, files and look-ups. Plain Java: no Spring, no JPA, no Jackson.
 */
@org.jmolecules.architecture.hexagonal.Application
package com.skillconnect.talent.domain;
