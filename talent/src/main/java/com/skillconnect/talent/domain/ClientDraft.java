package com.skillconnect.talent.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a client sent for their profile, field by field, as text and unchecked. A field that was not
 * sent is absent; one sent empty (or as null) is present and blank. {@link ClientRules} turns a draft
 * into {@link ClientDetails} or refuses it.
 */
@ValueObject
public final class ClientDraft {

    private final Map<ClientField, String> values;

    private ClientDraft(Map<ClientField, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static ClientDraft of(Map<ClientField, String> values) {
        EnumMap<ClientField, String> copy = new EnumMap<>(ClientField.class);
        values.forEach((field, value) -> copy.put(field, value == null ? "" : value));
        return new ClientDraft(copy);
    }

    public static ClientDraft empty() {
        return of(Map.of());
    }

    public boolean has(ClientField field) {
        return values.containsKey(field);
    }

    /** The value sent, or null when the field was not sent. */
    public String get(ClientField field) {
        return values.get(field);
    }

    /** This draft with the fields of {@code patch} replacing its own (a partial update). */
    public ClientDraft overlaidWith(ClientDraft patch) {
        EnumMap<ClientField, String> merged = new EnumMap<>(ClientField.class);
        merged.putAll(values);
        merged.putAll(patch.values);
        return new ClientDraft(merged);
    }

    public ClientDraft with(ClientField field, String value) {
        return overlaidWith(of(Map.of(field, value == null ? "" : value)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientDraft draft && draft.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ClientDraft" + values;
    }
}
