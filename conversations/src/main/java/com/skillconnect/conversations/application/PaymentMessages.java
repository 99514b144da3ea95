package com.skillconnect.conversations.application;

import com.skillconnect.conversations.PaymentMessageRequested;
import com.skillconnect.conversations.PaymentMessageStatusChanged;
import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.Conversations;
import com.skillconnect.conversations.domain.Message;
import com.skillconnect.conversations.domain.MessageQueries;
import com.skillconnect.conversations.domain.Messages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Payment requests (billing's, announced with conversations' own {@link PaymentMessageRequested} and
 * {@link PaymentMessageStatusChanged}: conversations depends on nobody for them, ADR 34) as {@code payment} messages
 * of their order's conversation (opened now if it was not: the order is known from marketplace's events), sent by the
 * requesting freelancer: exactly one per request (the store's unique key), pushed like any new message. A status change updates that message (the latest
 * {@code changedAt} wins) and tells both parties' chat sockets {@code payment_status_update}. A replayed or late event
 * changes and pushes nothing.
 */
@Component
class PaymentMessages {

    private final ConversationOpening opening;
    private final Conversations conversations;
    private final Messages messages;
    private final MessageQueries queries;
    private final ChatPush push;

    PaymentMessages(ConversationOpening opening, Conversations conversations, Messages messages, MessageQueries queries,
            ChatPush push) {
        this.opening = opening;
        this.conversations = conversations;
        this.messages = messages;
        this.queries = queries;
        this.push = push;
    }

    @ApplicationModuleListener
    void on(PaymentMessageRequested event) {
        Conversation conversation = opening.openFor(event.orderId());
        Message payment = Message.payment(conversation.id(), event.requestedBy(), event.description(), event.amount(),
                event.status(), event.paymentRequest(), event.requestedAt());
        messages.addUnlessKnown(payment).ifPresent(id -> {
            conversations.messageAdded(conversation, id, payment.sender(), payment.content(),
                    payment.createdAt());
            push.message(conversation, queries.one(id).orElseThrow());
        });
    }

    @ApplicationModuleListener
    void on(PaymentMessageStatusChanged event) {
        messages.changePaymentStatus(event.paymentRequest(), event.status(), event.changedAt())
                .flatMap(conversations::find)
                .ifPresent(conversation -> push.paymentStatus(conversation, event.paymentRequest(), event.status()));
    }
}
