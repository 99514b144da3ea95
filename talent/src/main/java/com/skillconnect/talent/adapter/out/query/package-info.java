/**
 * Talent's read models for browse, search and detail, straight from SQL in a constant number of statements per
 * request, with the memory of large results (ADR 0007, ADR 0008); the write side is {@code adapter.out.persistence}.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.talent.adapter.out.query;
