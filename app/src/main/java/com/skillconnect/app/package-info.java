/**
 * Cross-cutting wiring of the application: the embedded database default, security (JWT resource
 * server, CORS, WebSocket handshake authentication), the DRF-shaped web conventions, the WebSocket
 * plumbing (session registry, the realtime backplane). Business modules never depend on it; it reaches
 * them only through standard Spring types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "app",
        allowedDependencies = { "kernel" })
package com.skillconnect.app;
