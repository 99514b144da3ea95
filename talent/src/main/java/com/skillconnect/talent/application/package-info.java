/** The talent use cases (primary ports): profile set-up, browsing, look-ups. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package com.skillconnect.talent.application;
