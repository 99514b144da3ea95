/**
 * Talent: freelancer and client profiles, browsing them, and the city/country look-ups (the Profiles API).
 * <p>
 * Published API: the profile ids {@link com.skillconnect.talent.FreelancerId} and
 * {@link com.skillconnect.talent.ClientId}, and {@link com.skillconnect.talent.ProfileCardChanged}, the public card of a profile
 * that other modules (marketplace, conversations) keep in their own read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "talent",
        allowedDependencies = { "identity", "kernel" })
package com.skillconnect.talent;
