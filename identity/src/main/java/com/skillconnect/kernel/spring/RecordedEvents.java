package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.RecordsEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the events an aggregate recorded. A repository adapter calls it from {@code save}, after
 * writing the rows and in the same transaction, so the events reach Spring Modulith's publication
 * registry exactly when the change they describe is committed:
 * <pre>{@code
 * public Order save(Order order) {
 *     rows.saveAndFlush(toRow(order));
 *     return events.publishFrom(order);
 * }
 * }</pre>
 */
@Component
public class RecordedEvents {

    private final ApplicationEventPublisher publisher;

    RecordedEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes (and forgets) every event the aggregate recorded; answers the aggregate. */
    public <A extends RecordsEvents> A publishFrom(A aggregate) {
        aggregate.takeEvents().forEach(publisher::publishEvent);
        return aggregate;
    }
}
