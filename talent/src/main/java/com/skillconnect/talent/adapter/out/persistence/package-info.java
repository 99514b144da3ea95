/** Stores talent's aggregates in the {@code talent} schema (aggregate ⇄ row); read models are in {@code adapter.out.query}. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.talent.adapter.out.persistence;
