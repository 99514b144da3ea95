/**
 * The conversations domain: the Conversation aggregate (one per order, between its client and its freelancer) with
 * its messages, the rules of what a message may carry (text length, attachment kinds and size), the read model of
 * orders and cards it keeps from other modules' events, and the secondary ports for storage, queries, file kinds
 * and the chat socket. Plain Java: no Spring, no JPA, no Jackson.
 */
package com.skillconnect.conversations.domain;
