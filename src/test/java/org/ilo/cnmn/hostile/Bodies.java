package org.ilo.cnmn.hostile;

import static org.ilo.cnmn.hostile.Contract.enumValues;
import static org.ilo.cnmn.hostile.Contract.example;
import static org.ilo.cnmn.hostile.Contract.format;
import static org.ilo.cnmn.hostile.Contract.items;
import static org.ilo.cnmn.hostile.Contract.mapValues;
import static org.ilo.cnmn.hostile.Contract.maxItems;
import static org.ilo.cnmn.hostile.Contract.maxLength;
import static org.ilo.cnmn.hostile.Contract.minItems;
import static org.ilo.cnmn.hostile.Contract.nullable;
import static org.ilo.cnmn.hostile.Contract.pattern;
import static org.ilo.cnmn.hostile.Contract.properties;
import static org.ilo.cnmn.hostile.Contract.required;
import static org.ilo.cnmn.hostile.Contract.type;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;

/** Request bodies derived from the contract's schemas: a valid instance, the places to attack, and poisons. */
final class Bodies {

    /** A place in a body that can be replaced: {@code container.put(key, …)} or {@code container.set(index, …)}. */
    record Site(Object container, Object key, Schema<?> schema, String path) {

        Object get() {
            return container instanceof Map<?, ?> m ? m.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        /** A free-text string a valid body may hold any text in (no pattern beyond "not blank", no format). */
        boolean freeText() {
            String p = pattern(schema);
            return type(schema).equals("string") && format(schema) == null && enumValues(schema).isEmpty()
                    && (p == null || p.equals("\\S"));
        }
    }

    /** A change that makes a body invalid by the contract alone, so the service must refuse it. */
    record Poison(String property, Object value, boolean remove) {
        @Override
        public String toString() {
            return remove ? "without required '" + property + "'"
                    : property + " = " + (value instanceof String s ? "'x' × " + s.length() : String.valueOf(value));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Bodies() {
    }

    // ---------------------------------------------------------------- valid instances

    /** A valid instance of the schema from the contract's examples, with every optional property present. */
    @SuppressWarnings("unchecked")
    static Object valid(Schema<?> s, String name) {
        Object example = normalize(example(s));
        String type = type(s);
        switch (type) {
            case "object" -> {
                Schema<?> values = mapValues(s);
                if (values != null && properties(s).isEmpty()) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("zh", valid(values, name + ".zh"));
                    return map;
                }
                Map<String, Object> object = new LinkedHashMap<>();
                properties(s).forEach((property, schema) -> object.put(property, valid(schema, property)));
                return object;
            }
            case "array" -> {
                if (example instanceof List<?> list) {
                    return new ArrayList<>((List<Object>) list);
                }
                List<Object> list = new ArrayList<>();
                Object item = valid(items(s), name);
                if (item != null) { // an item the contract has no example for: an empty list is valid
                    list.add(item);
                }
                return list;
            }
            case "integer", "number" -> {
                return example != null ? example : Contract.minimum(s) != null ? Contract.minimum(s).intValue() : 1;
            }
            case "boolean" -> {
                return example != null ? example : Boolean.FALSE;
            }
            default -> {
                if (example != null) {
                    return example instanceof OffsetDateTime t ? t.toString() : String.valueOf(example);
                }
                if (!enumValues(s).isEmpty()) {
                    return String.valueOf(enumValues(s).get(0));
                }
                if ("date".equals(format(s))) {
                    return "2027-01-01";
                }
                if ("date-time".equals(format(s))) {
                    return "2026-11-01T00:00:00Z";
                }
                if (pattern(s) != null && !pattern(s).equals("\\S")) {
                    return null; // a reference without an example: leave it out (nullable or optional)
                }
                return "Hostile input test: " + name;
            }
        }
    }

    /** An example as plain Java values: swagger-parser hands out JSON nodes and date objects. */
    static Object normalize(Object example) {
        if (example instanceof JsonNode node) {
            return MAPPER.convertValue(node, Object.class);
        }
        if (example instanceof OffsetDateTime t) {
            return t.toString();
        }
        if (example instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return example;
    }

    /** Removes null members that are not nullable (references without examples), recursively. */
    static void prune(Object value, Schema<?> s) {
        if (value instanceof Map<?, ?> map && !properties(s).isEmpty()) {
            Map<String, Schema<?>> props = properties(s);
            map.entrySet().removeIf(e -> e.getValue() == null && props.containsKey(String.valueOf(e.getKey()))
                    && !nullable(props.get(String.valueOf(e.getKey())))
                    && !required(s).contains(String.valueOf(e.getKey())));
            map.forEach((k, v) -> {
                if (props.containsKey(String.valueOf(k))) {
                    prune(v, props.get(String.valueOf(k)));
                }
            });
        } else if (value instanceof List<?> list && items(s) != null) {
            list.forEach(v -> prune(v, items(s)));
        }
    }

    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object v : list) {
                copy.add(copy(v));
            }
            return copy;
        }
        return value;
    }

    // ---------------------------------------------------------------- where to attack

    /** Every property (present or not) and list element of the body, with its schema, depth first. */
    static List<Site> sites(Map<String, Object> body, Schema<?> schema) {
        List<Site> sites = new ArrayList<>();
        collect(body, schema, "", sites);
        return sites;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object value, Schema<?> s, String path, List<Site> sites) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            Schema<?> values = mapValues(s);
            if (values != null && properties(s).isEmpty()) {
                for (String key : List.copyOf(object.keySet())) {
                    sites.add(new Site(object, key, values, path + key));
                    collect(object.get(key), values, path + key + ".", sites);
                }
                return;
            }
            properties(s).forEach((property, schema) -> {
                sites.add(new Site(object, property, schema, path + property));
                collect(object.get(property), schema, path + property + ".", sites);
            });
        } else if (value instanceof List<?> list && !list.isEmpty() && items(s) != null) {
            String base = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            sites.add(new Site(list, 0, items(s), base + "[0]"));
            collect(list.get(0), items(s), base + "[0].", sites);
        }
    }

    /** Changes that make a body invalid by the contract's constraints alone, most reliable first. */
    static List<Poison> poisons(Schema<?> s) {
        List<Poison> poisons = new ArrayList<>();
        properties(s).forEach((property, schema) -> {
            Integer min = minItems(schema);
            if (type(schema).equals("array") && min != null && min > 0) {
                poisons.add(new Poison(property, new ArrayList<>(), false));
            }
        });
        properties(s).forEach((property, schema) -> {
            Integer max = maxLength(schema);
            if (type(schema).equals("string") && max != null) {
                poisons.add(new Poison(property, "x".repeat(max + 1), false));
            }
        });
        for (String property : required(s)) {
            Schema<?> schema = properties(s).get(property);
            if (schema != null && !nullable(schema)) {
                poisons.add(new Poison(property, null, true));
            }
        }
        return poisons;
    }

    /** Applies the first poison whose property was not attacked already (or the first at all). */
    static Poison poison(Map<String, Object> body, Schema<?> s, Set<String> attacked) {
        List<Poison> poisons = poisons(s);
        if (poisons.isEmpty()) {
            return null;
        }
        Poison chosen = poisons.stream().filter(p -> !attacked.contains(p.property())).findFirst().orElse(poisons.get(0));
        if (chosen.remove()) {
            body.remove(chosen.property());
        } else {
            body.put(chosen.property(), chosen.value());
        }
        return chosen;
    }

    // ---------------------------------------------------------------- hostile JSON values

    static final List<String> RAW_STRINGS = List.of("\"\\ud800\"", "\"\\udc00\\ud800\"", "\"a\\ud83d\"",
            "\"\\ud83d\\ude00\\ud83d\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\uFEFF\"", "\"\\u202e\"", "\"\\uffff\"",
            "\"\\u0007\\u001b\"", "\"\\/\\/\"");

    /** Not JSON at all, in a value position: the whole body becomes malformed. */
    static final List<String> MALFORMED_VALUES = List.of("\"\\x41\"", "\"\\u12\"", "\"\\uZZZZ\"", "'single'",
            "\"tab\there\"", "\"nul\u0000raw\"", "\"line\nbreak\"", "undefined", "NaN", "Infinity", "-",
            "\"unterminated", "True", "nul", "[1,]", "{\"a\":1,}", "{,}", "[,1]", "01", ".5", "+1", "0x1F");

    /** Lone surrogates (and a reversed pair), which have no UTF-8 form: JsonText writes them as \\u escapes. */
    static final List<String> LONE_SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
            "\uD83D");

    static String withLoneSurrogate(Hostile h, String text) {
        int at = h.random.nextInt(text.length() + 1);
        if (at > 0 && at < text.length() && Character.isSurrogate(text.charAt(at))) {
            at = text.length(); // never complete a pair that is already there
        }
        return text.substring(0, at) + h.pick(LONE_SURROGATES) + text.substring(at);
    }

    /** JSON that is not a string, for a string field: numbers of any size, booleans, null, arrays, objects. */
    static Object nonString(Hostile h, boolean nullable, String text) {
        return switch (h.random.nextInt(nullable ? 9 : 10)) {
            case 0, 1 -> h.jsonNumber();
            case 2 -> h.pick(List.of(5, 0, -1, Long.MAX_VALUE));
            case 3 -> new JsonText.Raw(h.pick(List.of("1e999999", "-1e999999", "1E-400", "123456789012345678901234567890")));
            case 4 -> h.random.nextBoolean();
            case 5 -> new ArrayList<>(List.of(text));
            case 6 -> new ArrayList<>();
            case 7 -> new LinkedHashMap<>(Map.of("value", text));
            case 8 -> new LinkedHashMap<>();
            default -> null;
        };
    }

    /** A value that does not fit the schema: wrong type, out of range, huge, hostile text, deep. */
    @SuppressWarnings("unchecked")
    static Object hostile(Hostile h, Schema<?> s, Object current, int depth) {
        String type = type(s);
        String currentText = current instanceof String t ? t : normalize(example(s)) instanceof String e ? e : null;
        int kind = h.random.nextInt(100);
        switch (type) {
            case "array" -> {
                if (kind < 15) {
                    return wrongType(h, current, "array");
                }
                if (kind < 45) {
                    int n = h.between(1, 5);
                    List<Object> list = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Object element = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
                        list.add(items(s) == null ? h.string(null) : hostile(h, items(s), element, depth + 1));
                    }
                    return list;
                }
                if (kind < 53) {
                    Object first = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
                    Object element = first instanceof String e && e.length() <= 40 ? e : "x";
                    return h.listOf(h.between(1_000, 10_000), x -> x.chance(0.9) ? element : x.draw(x.injection));
                }
                if (kind < 61) {
                    return List.of(current == null ? List.of() : current);
                }
                if (kind < 69) {
                    List<Object> withNull = current instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
                    withNull.add(h.random.nextInt(withNull.size() + 1), null);
                    return withNull;
                }
                if (kind < 77) {
                    Object element = current instanceof List<?> l && !l.isEmpty() ? l.get(0) : "x";
                    Integer max = maxItems(s);
                    return h.listOf(max != null ? max + h.between(1, 3) : h.between(2, 50), x -> element);
                }
                if (kind < 82) {
                    return Hostile.deep(h.between(1_500, 2_500), true);
                }
                if (kind < 90) {
                    return new ArrayList<>();
                }
                return h.listOf(h.between(1, 4), x -> x.string(null));
            }
            case "object" -> {
                if (kind < 15) {
                    return wrongType(h, current, "object");
                }
                if (kind < 45 && depth < 3) {
                    Map<String, Object> object = current instanceof Map<?, ?> m
                            ? (Map<String, Object>) copy(m) : new LinkedHashMap<>();
                    Schema<?> values = mapValues(s);
                    if (values != null && properties(s).isEmpty()) {
                        String key = h.chance(0.5) ? h.pick(List.of("zh", "mn", "en", "ZH", "zh-CN", "fr", "", "zh\u0000",
                                "__proto__", "zh ", "mn,zh", "\u202Ezh")) : h.string("zh");
                        object.put(key, h.chance(0.5) ? valid(values, key) : hostile(h, values, valid(values, key), depth + 1));
                        return object;
                    }
                    List<String> keys = new ArrayList<>(properties(s).keySet());
                    if (keys.isEmpty()) {
                        return object;
                    }
                    for (int i = h.between(1, 2); i > 0; i--) {
                        String key = h.pick(keys);
                        object.put(key, hostile(h, properties(s).get(key), object.get(key), depth + 1));
                    }
                    return object;
                }
                if (kind < 60) {
                    Map<String, Object> object = current instanceof Map<?, ?> m
                            ? (Map<String, Object>) copy(m) : new LinkedHashMap<>();
                    object.putAll(h.unknownProperties(x -> x.string(null)));
                    return object;
                }
                if (kind < 70) {
                    return new LinkedHashMap<>();
                }
                if (kind < 80) {
                    return null;
                }
                if (kind < 85) {
                    return Hostile.deep(h.between(1_500, 2_500), false);
                }
                return h.string(null);
            }
            default -> {
                if (kind < 40) {
                    return h.string(currentText);
                }
                if (kind < 48) {
                    String f = format(s);
                    return "date".equals(f) ? h.date() : "date-time".equals(f) ? h.instant() : h.string(null);
                }
                if (kind < 60) {
                    return h.jsonNumber();
                }
                if (kind < 65) {
                    return h.random.nextBoolean();
                }
                if (kind < 73) {
                    return h.chance(0.5) ? List.of(currentText == null ? h.string(null) : currentText)
                            : List.of(h.string(currentText), h.string(null));
                }
                if (kind < 79) {
                    return h.pick(List.of(Map.of("$gt", ""), Map.of("value", String.valueOf(currentText)), Map.of(),
                            Map.of("$ne", 1)));
                }
                if (kind < 84) {
                    return null;
                }
                if (kind < 90) {
                    return Hostile.repeatTo(h.draw(h.hugeUnit), h.between(20_000, 100_000));
                }
                if (kind < 96) {
                    return new JsonText.Raw(h.pick(RAW_STRINGS));
                }
                return Hostile.deep(h.between(1_500, 2_500), h.random.nextBoolean());
            }
        }
    }

    private static Object wrongType(Hostile h, Object current, String type) {
        return switch (h.random.nextInt(6)) {
            case 0 -> type.equals("array") ? new LinkedHashMap<>(Map.of("0", String.valueOf(current))) : List.of(
                    current == null ? Map.of() : current);
            case 1 -> h.string(null);
            case 2 -> h.jsonNumber();
            case 3 -> h.random.nextBoolean();
            case 4 -> null;
            default -> type.equals("array") ? "CN,MN" : "{\"embedded\": \"json\"}";
        };
    }
}
