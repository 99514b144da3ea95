/** Identity's counters, kept in Micrometer's registry (which app exposes). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.metrics;
