package com.skillconnect.conversations.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
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

    private final String json;
    private final int length;
    private final int memory;
    private final int size;

    private SerializedItems(byte[] json, int size) {
        this.json = new String(json, StandardCharsets.UTF_8);
        this.length = json.length;
        // only the text is kept, not its UTF-8 bytes: Jackson encodes it again as it writes it (tens of microseconds for a
        // page), and remembered answers take half the memory (a Latin-1 text holds a byte per character, others two)
        this.memory = this.json.chars().allMatch(c -> c < 256) ? this.json.length() : 2 * this.json.length();
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

    /** How many bytes the JSON takes in UTF-8. */
    int length() {
        return length;
    }

    /** About how much memory its text holds. */
    int memory() {
        return memory;
    }

    /** The JSON as it is answered. */
    String text() {
        return json;
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

    /** Writes the remembered JSON as the value, unchanged. */
    static final class Writer extends ValueSerializer<SerializedItems<?>> {

        @Override
        public void serialize(SerializedItems<?> items, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(items.json);
        }
    }
}
