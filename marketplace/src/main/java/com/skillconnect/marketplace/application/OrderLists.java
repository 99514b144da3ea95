package com.skillconnect.marketplace.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.OrderPage;
import com.skillconnect.marketplace.domain.OrderQueries;
import com.skillconnect.marketplace.domain.OrderView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a party reads of their orders: their own list of each type (the gig's freelancer and the ordering client
 * see a service order; the proposal's client and the applying freelancer an application), and one order by its id;
 * nobody else's.
 */
@Service
public class OrderLists {

    private final OrderQueries queries;

    OrderLists(OrderQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public OrderPage list(OrderType type, UserId party, boolean oldestFirst, long offset, int limit) {
        return queries.list(type, party, oldestFirst, offset, limit);
    }

    /** @throws NotFoundException no order of that type and id has the user as a party */
    @Transactional(readOnly = true)
    public OrderView one(OrderType type, long id, UserId party) {
        return (id > 0 ? queries.one(type, id, party) : java.util.Optional.<OrderView>empty())
                .orElseThrow(() -> new NotFoundException(type + " order " + id));
    }
}
