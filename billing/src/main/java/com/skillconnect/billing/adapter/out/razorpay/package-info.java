/**
 * The Razorpay payment gateway: the Orders API over HTTP at a configurable address ({@code skillconnect.razorpay.*}),
 * and the HMAC-SHA256 signatures of payments and webhooks, checked in constant time (ADR 30).
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.billing.adapter.out.razorpay;
