package com.skillconnect.app.realtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the instance's subscription to the frames' channel without making Redis a condition of the start: when
 * Redis does not answer, the instance starts anyway (REST works; its sockets get no frames) and tries again every
 * {@link #RETRY} until it subscribes. Once subscribed, Lettuce reconnects and resubscribes by itself.
 */
class FrameSubscription implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FrameSubscription.class);
    static final Duration RETRY = Duration.ofSeconds(5);

    private final RedisMessageListenerContainer container;
    private volatile ScheduledExecutorService retries;

    FrameSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Override
    public void start() {
        if (subscribed()) {
            return;
        }
        ScheduledExecutorService again = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("realtime-subscription").daemon().factory());
        retries = again;
        again.scheduleWithFixedDelay(() -> {
            if (subscribed()) {
                again.shutdown();
            }
        }, RETRY.toMillis(), RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean subscribed() {
        try {
            if (container.isRunning() && !container.isListening()) {
                container.stop(); // a start that failed leaves it running, without a subscription
            }
            container.start();
            return container.isListening();
        } catch (RuntimeException unreachable) {
            log.warn("Redis unreachable: this instance's sockets get no frames until it subscribes (next try in {}): {}",
                    RETRY, unreachable.toString());
            return false;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService again = retries;
        if (again != null) {
            again.shutdownNow();
        }
        container.stop();
    }

    @Override
    public void destroy() throws Exception {
        container.destroy();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning() || retries != null && !retries.isShutdown();
    }

    @Override
    public int getPhase() {
        return container.getPhase();
    }
}
