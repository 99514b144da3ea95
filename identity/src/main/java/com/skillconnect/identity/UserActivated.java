package com.skillconnect.identity;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An account became usable: its email was verified by OTP, or it was created by Google sign-in.
 * Other modules learn of users from this event (e.g. talent marks the profile's email verified).
 */
@DomainEvent
public record UserActivated(UserId userId, String email, Role role, Instant activatedAt) {
}
