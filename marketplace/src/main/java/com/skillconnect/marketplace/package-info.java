/**
 * The marketplace module. Not implemented yet: it exists so that the architecture checks cover it from day one.
 * See ARCHITECTURE.md for what it will own. Its allowed dependencies already state the events it will
 * consume in ARCHITECTURE.md's expected flow (ADR 15), so the first line of code that breaks the graph fails.
 */
@org.springframework.modulith.ApplicationModule(displayName = "marketplace",
        allowedDependencies = { "identity", "talent", "kernel" })
package com.skillconnect.marketplace;
