/**
 * Conversations' read side straight from SQL: the list of a user's conversations (one statement: joins and a lateral
 * newest message) and the message history by cursor (one statement per slice, reactions counted in it).
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.conversations.adapter.out.query;
