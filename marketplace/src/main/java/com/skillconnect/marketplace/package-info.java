/**
 * The marketplace module. Not implemented yet: it exists so that the architecture checks cover it from day one.
 * See ARCHITECTURE.md for what it will own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "marketplace",
        allowedDependencies = { "identity", "talent", "kernel" })
package com.skillconnect.marketplace;
