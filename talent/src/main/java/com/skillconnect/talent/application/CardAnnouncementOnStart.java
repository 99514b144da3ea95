package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.CardEditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, announces the {@link CardEditions#CURRENT current edition} of the profile cards
 * on a background thread, page by page, unless it is finished (then the first page finds nothing to do). Several
 * instances starting together take turns page by page; a run cut short (shutdown, crash, lost database) is resumed
 * by the next start. {@code skillconnect.talent.card-announcement.enabled=false} switches it off (the benchmarks
 * seed marketplace's copy of the cards themselves).
 */
@Component
class CardAnnouncementOnStart {

    private static final Logger log = LoggerFactory.getLogger(CardAnnouncementOnStart.class);

    private final CardAnnouncer announcer;
    private final boolean enabled;
    private volatile boolean closing;

    CardAnnouncementOnStart(CardAnnouncer announcer,
            @Value("${skillconnect.talent.card-announcement.enabled:true}") boolean enabled) {
        this.announcer = announcer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            Thread.ofPlatform().name("talent-card-announcement").daemon().start(this::announceCurrentEdition);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void onClose() {
        closing = true;
    }

    private void announceCurrentEdition() {
        try {
            long total = 0;
            int announced;
            while (!closing && (announced = announcer.announceNextPage(CardEditions.CURRENT, CardAnnouncer.PAGE)) > 0) {
                total += announced;
            }
            if (total > 0) {
                log.info("Announced {} profile cards of edition {}{}", total, CardEditions.CURRENT,
                        closing ? " before the shutdown (the next start goes on)" : "");
            }
        } catch (RuntimeException e) {
            if (!closing) {
                log.warn("Announcing the profile cards of edition {} stopped; the next start goes on", CardEditions.CURRENT, e);
            }
        }
    }
}
