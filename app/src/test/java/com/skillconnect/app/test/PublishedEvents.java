package com.skillconnect.app.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * Records the domain events the modules publish (any object event of a {@code com.skillconnect} type),
 * as they are published. Imported by {@code ApiTestSupport} (not a {@code @Component}), so the API tests
 * keep sharing one context. A plain {@code @EventListener}, so the event publication registry does not
 * track it.
 */
public class PublishedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object published) {
        Object event = published instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : published;
        if (event.getClass().getName().startsWith("com.skillconnect.")) {
            events.add(event);
        }
    }

    public <T> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
