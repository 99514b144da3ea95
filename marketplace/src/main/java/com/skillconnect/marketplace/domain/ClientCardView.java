package com.skillconnect.marketplace.domain;

import java.util.function.UnaryOperator;

/** A client as proposals show them, from marketplace's copy of their card; {@code profilePicture} is a {@code /media/…} path. */
public record ClientCardView(long id, String firstName, String lastName, String name, String accountType,
        String companyName, String profilePicture, String country, String location, String industry) {

    public ClientCardView withMedia(UnaryOperator<String> url) {
        return new ClientCardView(id, firstName, lastName, name, accountType, companyName, url.apply(profilePicture),
                country, location, industry);
    }
}
