package com.skillconnect.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while JSON is read, the values no field of any module may hold: strings with NUL or a lone
 * surrogate (PostgreSQL refuses them, so they would surface as a misleading conflict or a 500) and
 * numbers too large for a double ({@code 1e400} would become infinity). It covers typed request bodies
 * (strings, floating-point numbers, big numbers) and {@link JsonNode} trees, which some modules read.
 * Registered as a bean, Spring Boot adds it to the application's {@code JsonMapper}.
 */
public final class SafeJsonModule extends SimpleModule {

    static final String INVALID_NUMBER = "A valid number is required.";
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Double.MAX_VALUE);

    public SafeJsonModule() {
        super("skillconnect-safe-json");
        addDeserializer(String.class, new CheckedString());
        addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0));
        addDeserializer(Float.class, new FiniteFloat(Float.class, null));
        addDeserializer(Float.TYPE, new FiniteFloat(Float.TYPE, 0.0f));
        addDeserializer(BigDecimal.class, new BoundedBigDecimal());
        addDeserializer(JsonNode.class, new CheckedTree());
    }

    private static final class CheckedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            String problem = value == null ? null : TextChecks.problem(value);
            if (problem != null) {
                throw new InvalidJsonValueException(p, problem);
            }
            return value;
        }
    }

    private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new InvalidJsonValueException(p, INVALID_NUMBER);
            }
            return value;
        }
    }

    private static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {
        FiniteFloat(Class<Float> type, Float empty) {
            super(type, empty);
        }

        @Override
        public Float deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Float value = super.deserialize(p, ctxt);
            if (value != null && !Float.isFinite(value)) {
                throw new InvalidJsonValueException(p, INVALID_NUMBER);
            }
            return value;
        }
    }

    /** {@code 1e999999999} is a short text but a number nothing downstream can compute with. */
    private static final class BoundedBigDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && value.abs().compareTo(LARGEST) > 0) {
                throw new InvalidJsonValueException(p, INVALID_NUMBER);
            }
            return value;
        }
    }

    private static final class CheckedTree extends StdDeserializer<JsonNode> {

        @SuppressWarnings("unchecked")
        private final ValueDeserializer<JsonNode> trees = (ValueDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        CheckedTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            JsonNode tree = trees.deserialize(p, ctxt);
            List<Object> path = new ArrayList<>();
            String problem = check(tree, path);
            if (problem != null) {
                InvalidJsonValueException refused = new InvalidJsonValueException(p, problem);
                for (int i = path.size() - 1; i >= 0; i--) {
                    if (path.get(i) instanceof Integer index) {
                        refused.prependPath(tree, index);
                    } else {
                        refused.prependPath(tree, (String) path.get(i));
                    }
                }
                throw refused;
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return (JsonNode) trees.getNullValue(ctxt);
        }

        /** The first problem in the tree, with {@code path} left pointing at it. */
        private static String check(JsonNode node, List<Object> path) {
            if (node == null) {
                return null;
            }
            if (node.isString()) {
                return TextChecks.problem(node.asString());
            }
            if (node.isNumber()) {
                boolean tooLarge = node.isBigInteger() ? node.bigIntegerValue().bitLength() > 1024 : !Double.isFinite(node.doubleValue());
                return tooLarge ? INVALID_NUMBER : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    path.add(i);
                    String problem = check(node.get(i), path);
                    if (problem != null) {
                        return problem;
                    }
                    path.removeLast();
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    path.add(property.getKey());
                    String problem = TextChecks.problem(property.getKey());
                    if (problem == null) {
                        problem = check(property.getValue(), path);
                    }
                    if (problem != null) {
                        return problem;
                    }
                    path.removeLast();
                }
            }
            return null;
        }
    }
}
