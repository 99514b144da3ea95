/** Stores conversations, participants, messages, attachments, reactions and the read model of orders and cards in the {@code conversations} schema. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.conversations.adapter.out.persistence;
