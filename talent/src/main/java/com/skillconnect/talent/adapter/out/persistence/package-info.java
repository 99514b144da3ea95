/** Stores talent's aggregates in the {@code talent} schema; browse queries read straight from SQL. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.talent.adapter.out.persistence;
