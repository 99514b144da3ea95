/** Hashing of secrets with bcrypt (Spring Security's implementation). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.crypto;
