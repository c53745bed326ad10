package io.github.campaignworkflow.camel.api;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson set-up of the component: dates and times written as ISO-8601 text, responses read into plain maps
 * and lists. Readers and writers are immutable and shared.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectReader TREE_READER = MAPPER.readerFor(Object.class);
    private static final ObjectReader MAP_READER = MAPPER.readerFor(new TypeReference<Map<String, Object>>() {
    });

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + e.getMessage(), e);
        }
    }

    /** Any JSON value: maps, lists, strings, numbers, booleans or {@code null}. */
    public static Object read(byte[] json) throws IOException {
        return TREE_READER.readValue(json);
    }

    /** A scalar of a parsed response as text: a non-blank string, a number or a boolean; otherwise {@code null}. */
    public static String text(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        return value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    /** A JSON object. */
    public static Map<String, Object> readObject(String json) throws JsonProcessingException {
        return MAP_READER.readValue(json);
    }
}
