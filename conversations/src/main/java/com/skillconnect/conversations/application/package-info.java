/**
 * The conversations use cases (primary ports): opening conversations, the inbox, message history and posting,
 * reactions, the chat room (party check, typing, presence), and the listeners that keep orders, cards and payment
 * messages from other modules' events.
 */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package com.skillconnect.conversations.application;
