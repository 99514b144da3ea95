package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.domain.GatewayEvents;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link GatewayEvents} in {@code billing.gateway_event}, keyed by the gateway's event id: the claim is an
 * {@code INSERT … ON CONFLICT DO NOTHING}, so of two deliveries at once exactly one inserts (the other waits for its
 * transaction on the key, then inserts nothing).
 */
@Component
class JdbcGatewayEvents implements GatewayEvents {

    private static final int MAX_OUTCOME = 64;

    private final JdbcTemplate jdbc;

    JdbcGatewayEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String eventId, String type, Instant receivedAt) {
        return jdbc.update("""
                insert into billing.gateway_event (event_id, event_type, outcome, received_at) values (?, ?, 'claimed', ?)
                on conflict (event_id) do nothing
                """, eventId, bounded(type), Timestamp.from(receivedAt)) == 1;
    }

    @Override
    public void handled(String eventId, String outcome) {
        jdbc.update("update billing.gateway_event set outcome = ? where event_id = ?", bounded(outcome), eventId);
    }

    private static String bounded(String text) {
        return text.length() <= MAX_OUTCOME ? text : text.substring(0, MAX_OUTCOME);
    }
}
