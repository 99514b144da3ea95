package com.skillconnect.talent.domain;

/** A client as the browse list shows one. */
public record ClientCard(long id, String name, String accountType, String companyName, String pictureUrl,
        String companyDescription, String country, String location, String industry) {
}
