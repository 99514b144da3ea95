/**
 * The billing use cases (primary ports): contracts (creating, the status and workflow changes, edits, lists),
 * payment requests (asking, rejecting, lists), paying them through the gateway (the checkout's order and
 * verification, the gateway's webhooks, and the settlement both end in), and the listeners that keep orders and names
 * from marketplace's and talent's events.
 */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package com.skillconnect.billing.application;
