package com.skillconnect.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Base class of an aggregate root that raises domain events in its intention methods
 * ({@code order.accept(by)} raises {@code OrderAccepted}). The events stay with the aggregate until
 * its repository adapter saves it and publishes them, so no use case can forget one.
 */
public abstract class EventRecordingAggregate implements RecordsEvents {

    private final transient List<Object> events = new ArrayList<>();

    /** Records an event to publish when the aggregate is saved. */
    protected final void raise(Object event) {
        events.add(Objects.requireNonNull(event));
    }

    /**
     * Records an event that supersedes earlier unpublished events of the same type (a state snapshot
     * such as a changed profile card: only the latest one is worth publishing).
     */
    protected final void raiseLatest(Object event) {
        events.removeIf(event.getClass()::isInstance);
        raise(event);
    }

    @Override
    public final List<Object> takeEvents() {
        List<Object> raised = List.copyOf(events);
        events.clear();
        return raised;
    }
}
