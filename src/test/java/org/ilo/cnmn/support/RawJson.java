package org.ilo.cnmn.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text that no Java value serialises to: a body whose one member is raw JSON (a number, an escape). */
public final class RawJson {

    /** What a body's member is set to before {@link #with} puts the raw JSON in its place. */
    public static final String HOLE = "@@raw@@";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawJson() {
    }

    /**
     * Sets the member at {@code path} ({@code summary}, {@code translations.zh.title}, {@code countries[0]}) of
     * {@code body} to {@link #HOLE}, creating the objects and the one-element array on the way.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> hole(Map<String, Object> body, String path) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        Map<String, Object> at = copy;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            Object next = at.get(names[i]);
            Map<String, Object> inner = next instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                    : new LinkedHashMap<>();
            at.put(names[i], inner);
            at = inner;
        }
        String last = names[names.length - 1];
        if (last.endsWith("[0]")) {
            at.put(last.substring(0, last.length() - 3), List.of(HOLE));
        } else {
            at.put(last, HOLE);
        }
        return copy;
    }

    /** {@code body} as JSON, with the member whose value is {@link #HOLE} replaced by {@code raw}. */
    public static String with(Map<String, Object> body, String raw) {
        try {
            String json = MAPPER.writeValueAsString(body);
            if (!json.contains('"' + HOLE + '"')) {
                throw new IllegalArgumentException("the body has no member set to RawJson.HOLE");
            }
            return json.replace('"' + HOLE + '"', raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
