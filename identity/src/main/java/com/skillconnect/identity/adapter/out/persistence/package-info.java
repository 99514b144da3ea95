/** Stores identity's aggregates in the {@code identity} schema through JPA entities of its own. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.persistence;
