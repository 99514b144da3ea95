/**
 * Cross-cutting wiring of the application: the embedded database default, security (JWT resource
 * server, CORS), the DRF-shaped web conventions. Business modules never depend on it; it reaches
 * them only through standard Spring types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "app",
        allowedDependencies = { "kernel" })
package com.skillconnect.app;
