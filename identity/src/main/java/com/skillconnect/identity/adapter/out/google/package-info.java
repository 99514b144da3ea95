/** Verifies Google ID tokens against Google's published keys, over HTTP at a configurable address. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.google;
