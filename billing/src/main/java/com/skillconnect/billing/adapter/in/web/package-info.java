/**
 * The Messaging API's money part over HTTP under {@code /api/v1/messaging/}: contracts, payment requests, Razorpay's
 * checkout (opening the order, verifying the payment) and Razorpay's webhook.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.billing.adapter.in.web;
