/**
 * The identity use cases (primary ports): registration, authentication, password reset, Google
 * sign-in and the account profile. They load aggregates through secondary ports, let the aggregates
 * decide, save them and publish the events they raised.
 */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package com.skillconnect.identity.application;
