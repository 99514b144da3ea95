/**
 * Conversations' WebSocket endpoint, {@code /ws/messaging/chat/<conversation_id>/} (with or without the trailing
 * slash): registered through Spring's {@code WebSocketConfigurer} with app's handshake authentication, then
 * conversations' own party check, and app's session registry; frames go out through {@code adapter.out.realtime}.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.conversations.adapter.in.ws;
