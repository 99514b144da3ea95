package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.adapter.in.web.MessagingItems.ConversationItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation items already written as a JSON array, by the application's {@link JsonMapper} as Spring MVC writes a
 * {@code List<ConversationItem>}: Jackson writes these bytes as they are wherever the list is answered (the plain array,
 * the envelope's {@code results}), so a remembered list is answered byte for byte as it was when computed (ADR 35).
 * Only a list's size is known, not its items: asking for one is a mistake ({@link UnsupportedOperationException}).
 */
@JsonSerialize(using = SerializedItems.Writer.class)
final class SerializedItems extends AbstractList<ConversationItem> {

    private final Utf8 json;
    private final int size;

    private SerializedItems(byte[] json, int size) {
        this.json = new Utf8(json);
        this.size = size;
    }

    /** The items written by {@code writer} (the application's mapper's writer for a list of items). */
    static SerializedItems of(List<ConversationItem> items, ObjectWriter writer) {
        return new SerializedItems(writer.writeValueAsBytes(items), items.size());
    }

    /** The writer Spring MVC's Jackson converter uses for a {@code List<ConversationItem>}. */
    static ObjectWriter writer(JsonMapper json) {
        return json.writerFor(json.getTypeFactory().constructCollectionType(List.class, ConversationItem.class));
    }

    /** How many bytes the JSON takes. */
    int length() {
        return json.bytes().length;
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
    public ConversationItem get(int index) {
        throw new UnsupportedOperationException("a list of conversations written as JSON only answers its JSON");
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
        return size + " conversation items as " + length() + " bytes of JSON";
    }

    /** Writes the remembered bytes as the value, unchanged. */
    static final class Writer extends ValueSerializer<SerializedItems> {

        @Override
        public void serialize(SerializedItems items, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(items.json);
        }
    }

    /**
     * UTF-8 bytes written raw: a byte generator (what Spring MVC writes a body with) copies them as they are; a character
     * one gets them decoded. Never quoted (a raw value is not a string).
     */
    private record Utf8(byte[] bytes) implements SerializableString {

        @Override
        public String getValue() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < bytes.length) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }

        @Override
        public char[] asQuotedChars() {
            throw quoted();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw quoted();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw quoted();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw quoted();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw quoted();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw quoted();
        }

        private static UnsupportedOperationException quoted() {
            return new UnsupportedOperationException("raw JSON is never written as a string");
        }
    }
}
