/** The Gigs API over HTTP under {@code /api/v1/gigs/}, and the categories under {@code /api/v1/core/categories/}. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.marketplace.adapter.in.web;
