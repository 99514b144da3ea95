/** Access and refresh tokens as HS256 JWTs, signed and read through Spring Security's JWT interfaces. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.token;
