/** Stores marketplace's aggregates and its read model of the parties' cards in the {@code marketplace} schema. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.marketplace.adapter.out.persistence;
