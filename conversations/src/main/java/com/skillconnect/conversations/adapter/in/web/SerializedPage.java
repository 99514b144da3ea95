package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.ConversationItem;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of conversations whose items are already JSON ({@link SerializedItems}): answered like any {@code Page}, as
 * DRF's envelope (count, next and previous worked out for each request as before), its {@code results} written as they
 * were remembered. {@code total} is what {@code PageImpl} made of the computed page's items and total.
 */
final class SerializedPage extends PageImpl<ConversationItem> {

    private final transient SerializedItems<ConversationItem> items;

    SerializedPage(SerializedItems<ConversationItem> items, Pageable pageable, long total) {
        super(List.of(), pageable, total);
        this.items = items;
    }

    @Override
    public List<ConversationItem> getContent() {
        return items;
    }

    @Override
    public int getNumberOfElements() {
        return items.size();
    }

    @Override
    public boolean hasContent() {
        return !items.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "Page %d of %d containing %s".formatted(getNumber() + 1, getTotalPages(), items);
    }
}
