/**
 * Marketplace's WebSocket endpoint, {@code /ws/notifications/} (with or without the trailing slash): registered
 * through Spring's {@code WebSocketConfigurer} with app's handshake authentication and session registry; the
 * frames go out through {@code adapter.out.realtime}.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.marketplace.adapter.in.ws;
