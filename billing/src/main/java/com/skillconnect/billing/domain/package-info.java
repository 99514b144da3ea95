/**
 * The billing domain: the Contract aggregate (one live contract per accepted order; its two state machines, status
 * and workflow, docs/adr/0029-contract-states.md), the PaymentRequest aggregate (asked by the contract's freelancer,
 * completed only by a verified payment), the read model of orders and party names it keeps from marketplace's and
 * talent's events, and the secondary ports for storage and queries. Plain Java: no Spring, no JPA, no Jackson.
 */
package com.skillconnect.billing.domain;
