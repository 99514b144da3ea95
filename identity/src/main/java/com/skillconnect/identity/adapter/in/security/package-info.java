/** What identity adds to the checks of every request's access token (through Spring Security's validator type). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.identity.adapter.in.security;
