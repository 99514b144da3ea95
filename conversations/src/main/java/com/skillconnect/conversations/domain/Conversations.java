package com.skillconnect.conversations.domain;

import com.skillconnect.conversations.ConversationId;
import com.skillconnect.conversations.MessageId;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where conversations and their participants' state are kept: one conversation per order. */
@Repository
@SecondaryPort
public interface Conversations {

    /** A fresh id for a conversation about to be opened (unused when its order turns out to have one already). */
    ConversationId nextId();

    /**
     * Stores the conversation (with its two participants) unless its order has one already, and then only publishes
     * the events it raised ({@code ConversationOpened}): once per conversation, however often or concurrently an
     * order's conversation is opened.
     *
     * @return the stored conversation, or empty when the order's conversation was opened before
     */
    Optional<Conversation> openUnlessOpen(Conversation conversation);

    /**
     * Up to {@code size} conversations not announced yet (stored before {@code ConversationOpened} existed), oldest
     * first, held for this transaction; those another transaction holds are skipped, so that instances announcing
     * together never take the same one.
     */
    List<Conversation> claimUnannounced(int size);

    /** Marks the claimed conversations announced and publishes the events they raised, in this transaction. */
    void saveAnnounced(List<Conversation> announced);

    Optional<Conversation> find(ConversationId id);

    Optional<Conversation> findByOrder(OrderId order);

    /**
     * A message was added: both parties see the conversation again, the recipient has one more unread, it moves up and
     * shows the message ({@code id}, {@code content}, {@code sender}, {@code at}) unless a newer one is shown already.
     */
    void messageAdded(Conversation conversation, MessageId id, UserId sender, String content, Instant at);

    /** The order's copy changed: its conversation shows the order's title, price and days and the parties' cards anew. */
    void orderChanged(OrderId order);

    /** A party's card changed: the conversations of that profile (on that side) show it anew. */
    void cardChanged(PartyRole role, long profileId);

    /** Hides the conversation from {@code user}'s list until a new message arrives. */
    void archive(Conversation conversation, UserId user);

    /** Replaces the conversation's metadata (a JSON object's text). */
    void saveMetadata(Conversation conversation, Metadata metadata, Instant at);
}
