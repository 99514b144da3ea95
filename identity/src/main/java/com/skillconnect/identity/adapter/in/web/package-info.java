/** The Users API over HTTP, under {@code /api/v1/users/} and {@code /api/v1/auth/users/}, plus the token endpoints. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.identity.adapter.in.web;
