package com.skillconnect.conversations.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, announces the conversations not announced yet on a background thread (the start is
 * not delayed), {@link ConversationAnnouncer#BATCH} per transaction until none is left, and logs how many. Nothing to
 * announce (the usual case) costs one query on the partial index of those rows. A run cut short (shutdown, crash,
 * lost database) is resumed by the next start.
 */
@Component
class ConversationAnnouncementOnStart {

    private static final Logger log = LoggerFactory.getLogger(ConversationAnnouncementOnStart.class);

    private final ConversationAnnouncer announcer;
    private volatile boolean closing;

    ConversationAnnouncementOnStart(ConversationAnnouncer announcer) {
        this.announcer = announcer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread.ofPlatform().name("conversations-announcement").daemon().start(this::announceAll);
    }

    @EventListener(ContextClosedEvent.class)
    void onClose() {
        closing = true;
    }

    private void announceAll() {
        long total = 0;
        try {
            int announced;
            while (!closing && (announced = announcer.announceNextBatch(ConversationAnnouncer.BATCH)) > 0) {
                total += announced;
            }
            if (total > 0) {
                log.info("Announced {} conversations stored before ConversationOpened{}", total,
                        closing ? " before the shutdown (the next start goes on)" : "");
            }
        } catch (RuntimeException e) {
            if (!closing) {
                log.warn("Announcing the conversations stored before ConversationOpened stopped after {}; the next start"
                        + " goes on", total, e);
            }
        }
    }
}
