/** Stores contracts, payment requests and the read model of orders and names in the {@code billing} schema (JDBC). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.billing.adapter.out.persistence;
