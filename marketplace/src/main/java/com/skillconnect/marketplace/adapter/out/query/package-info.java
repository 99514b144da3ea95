/**
 * Marketplace's read models (categories, explore pages, lists of gigs, proposals and orders with the parties'
 * cards) straight from SQL, in a constant number of statements per request; the write side is
 * {@code adapter.out.persistence}.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.marketplace.adapter.out.query;
