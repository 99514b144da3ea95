package com.skillconnect.conversations.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items (conversations, messages) already written as a JSON array, by the application's {@link JsonMapper} as Spring
 * MVC writes a {@code List} of them: Jackson writes these bytes as they are wherever the list is answered (the plain
 * array, the envelope's {@code results}), so a remembered answer is answered byte for byte as it was when computed
 * (ADR 35, ADR 37). Only a list's size is known, not its items: asking for one is a mistake
 * ({@link UnsupportedOperationException}).
 *
 * @param <T> the items' type
 */
@JsonSerialize(using = SerializedItems.Writer.class)
final class SerializedItems<T> extends AbstractList<T> {

    private final SerializedString json;
    private final int length;
    private final int size;

    private SerializedItems(byte[] json, int size) {
        this.json = new SerializedString(new String(json, StandardCharsets.UTF_8));
        this.length = this.json.asUnquotedUTF8().length; // encodes once now, kept for every answer
        this.size = size;
    }

    /** The items written by {@code writer} (the application's mapper's writer for a list of items, {@link #writer}). */
    static <T> SerializedItems<T> of(List<T> items, ObjectWriter writer) {
        return new SerializedItems<>(writer.writeValueAsBytes(items), items.size());
    }

    /** The writer Spring MVC's Jackson converter uses for a {@code List<T>}. */
    static ObjectWriter writer(JsonMapper json, Class<?> item) {
        return json.writerFor(json.getTypeFactory().constructCollectionType(List.class, item));
    }

    /** How many bytes the JSON takes. */
    int length() {
        return length;
    }

    /** About how much memory it holds: the text and its UTF-8 encoding (kept for writing). */
    int memory() {
        return length + json.getValue().length();
    }

    /** The JSON as it is answered. */
    String text() {
        return json.getValue();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("a list of items written as JSON only answers its JSON");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return size + " items as " + length() + " bytes of JSON";
    }

    /** Writes the remembered bytes as the value, unchanged. */
    static final class Writer extends ValueSerializer<SerializedItems<?>> {

        @Override
        public void serialize(SerializedItems<?> items, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(items.json);
        }
    }
}
