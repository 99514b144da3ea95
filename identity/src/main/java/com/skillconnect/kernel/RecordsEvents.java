package com.skillconnect.kernel;

import java.util.List;

/**
 * An aggregate that records the domain events its intention methods raise, for its repository adapter
 * to publish when it saves the aggregate ({@code com.skillconnect.kernel.spring.RecordedEvents}).
 */
public interface RecordsEvents {

    /** The events raised since the last call, in order; afterwards none are recorded. */
    List<Object> takeEvents();
}
