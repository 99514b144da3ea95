package com.skillconnect.talent.domain;

/**
 * Editions of the profile cards talent has announced. Consumers of {@link com.skillconnect.talent.ProfileCardChanged}
 * learn of a profile only when it changes, and the event publication registry redelivers only to the listeners that
 * existed when an event was published: a module that starts listening later, or a card that gains a field, would miss
 * every profile nobody touches. So every profile is announced again, once, for each edition (ADR 0024).
 * <p>
 * <b>Bump {@link #CURRENT}</b> when a new module starts listening to {@code ProfileCardChanged} or the card gains a
 * field: on the next start every profile is then announced again once, in the background.
 */
public final class CardEditions {

    /** The edition every profile has been (or is being) announced in. */
    public static final int CURRENT = 1;

    private CardEditions() {
    }
}
