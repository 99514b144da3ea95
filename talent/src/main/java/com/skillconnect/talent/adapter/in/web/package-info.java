/** The Profiles API over HTTP under {@code /api/v1/profiles/}. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.talent.adapter.in.web;
