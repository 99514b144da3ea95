/** The marketplace use cases (primary ports): gigs, proposals, orders, notifications, categories, cards. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package com.skillconnect.marketplace.application;
