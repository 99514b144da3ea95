/** Billing's read side straight from SQL: active contracts, their freelancers, payment requests with names. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.billing.adapter.out.query;
