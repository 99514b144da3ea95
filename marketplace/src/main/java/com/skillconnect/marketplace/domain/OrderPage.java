package com.skillconnect.marketplace.domain;

import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/** One page of a party's orders and the number of all of them. */
@ValueObject
public record OrderPage(List<OrderView> orders, long total) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
