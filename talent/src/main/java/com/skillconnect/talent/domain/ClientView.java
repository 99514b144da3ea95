package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import java.time.Instant;

/** A whole client profile as it is read: the owner's view and the public detail page show the same. */
public record ClientView(long id, long userId, ClientDetails details, String pictureUrl, Instant createdAt,
        Instant updatedAt) {

    public static ClientView of(Client client) {
        return new ClientView(client.id().value(), client.userId().value(), client.details(),
                client.picture().map(StoredFile::url).orElse(null), client.createdAt(), client.updatedAt());
    }
}
