/** The Messaging API's money part over HTTP under {@code /api/v1/messaging/}: contracts and payment requests. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.billing.adapter.in.web;
