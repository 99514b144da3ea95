package com.skillconnect.talent.domain;

import java.util.List;

/** One page of browse cards and the number of all profiles that match. */
public record ClientPage(List<ClientCard> cards, long total) {

    public ClientPage {
        cards = List.copyOf(cards);
    }
}
