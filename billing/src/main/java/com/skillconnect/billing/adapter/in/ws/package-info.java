/**
 * Billing's WebSocket endpoint, {@code /ws/messaging/contracts/<order_type>/<order_id>/} (with or without the trailing
 * slash): registered through Spring's {@code WebSocketConfigurer} with app's handshake authentication, then billing's
 * own party check, and app's session registry; frames go out through {@code adapter.out.realtime}.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.billing.adapter.in.ws;
