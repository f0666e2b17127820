package org.ilo.cnmn.hostile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The operations of {@code openapi/openapi.yaml} as the hostile-input generator needs them: every path and
 * method with its path, query and header parameters and its request body schema, $refs followed.
 */
final class Contract {

    record Param(String name, String in, Schema<?> schema, boolean required) {
    }

    /**
     * One operation. {@code bodySchema} is the schema the body is written against; for a merge patch
     * ("type: object" only) it is the schema of the PUT on the same path, which the patch is applied to.
     */
    record Op(String id, String method, String path, List<Param> params, String mediaType, Schema<?> bodySchema,
            boolean secured, boolean takesApiKey) {

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        boolean hasBody() {
            return mediaType != null;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    final OpenAPI api;
    final List<Op> ops;

    private Contract(OpenAPI api, List<Op> ops) {
        this.api = api;
        this.ops = ops;
    }

    static Contract load(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toUri().toString(), null,
                options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("cannot parse " + file + ": " + result.getMessages());
        }
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<Param> params = new ArrayList<>();
            for (Parameter p : concat(item.getParameters(), op.getParameters())) {
                Parameter resolved = resolve(api, p);
                params.add(new Param(resolved.getName(), resolved.getIn(), resolved.getSchema(),
                        Boolean.TRUE.equals(resolved.getRequired())));
            }
            String mediaType = null;
            Schema<?> body = null;
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                Map.Entry<String, MediaType> content = op.getRequestBody().getContent().entrySet().iterator().next();
                mediaType = content.getKey();
                body = content.getValue().getSchema();
                if (properties(body).isEmpty() && item.getPut() != null && item.getPut().getRequestBody() != null
                        && method != PathItem.HttpMethod.PUT) {
                    body = item.getPut().getRequestBody().getContent().values().iterator().next().getSchema();
                }
            }
            List<SecurityRequirement> security = op.getSecurity() == null ? List.of() : op.getSecurity();
            // An empty requirement among the alternatives means anonymous access is allowed.
            boolean secured = !security.isEmpty() && security.stream().noneMatch(Map::isEmpty);
            boolean takesApiKey = security.stream().anyMatch(r -> r.containsKey("apiKey"));
            ops.add(new Op(operationId(op, method, path), method.name(), path, List.copyOf(params), mediaType, body,
                    secured, takesApiKey));
        }));
        return new Contract(api, List.copyOf(ops));
    }

    Op op(String method, String path) {
        return ops.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst().orElse(null);
    }

    private static String operationId(Operation op, PathItem.HttpMethod method, String path) {
        return op.getOperationId() != null ? op.getOperationId() : method + " " + path;
    }

    private static List<Parameter> concat(List<Parameter> a, List<Parameter> b) {
        List<Parameter> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
        return Objects.requireNonNull(api.getComponents().getParameters().get(name), p.get$ref());
    }

    // ---- schema accessors that look through "allOf: [$ref]" wrappers (how the contract types dates and objects)

    static List<Schema<?>> parts(Schema<?> s) {
        List<Schema<?>> parts = new ArrayList<>();
        if (s == null) {
            return parts;
        }
        parts.add(s);
        if (s.getAllOf() != null) {
            for (Schema<?> part : s.getAllOf()) {
                parts.addAll(parts(part));
            }
        }
        return parts;
    }

    static String type(Schema<?> s) {
        for (Schema<?> p : parts(s)) {
            if (p.getType() != null) {
                return p.getType();
            }
            if (p.getTypes() != null && !p.getTypes().isEmpty()) {
                return p.getTypes().iterator().next();
            }
        }
        if (s != null && s.getEnum() != null) {
            return "string";
        }
        return properties(s).isEmpty() ? "string" : "object";
    }

    static String format(Schema<?> s) {
        return parts(s).stream().map(Schema::getFormat).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static String pattern(Schema<?> s) {
        return parts(s).stream().map(Schema::getPattern).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Integer maxLength(Schema<?> s) {
        return parts(s).stream().map(Schema::getMaxLength).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Integer minItems(Schema<?> s) {
        return parts(s).stream().map(Schema::getMinItems).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Integer maxItems(Schema<?> s) {
        return parts(s).stream().map(Schema::getMaxItems).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static BigDecimal minimum(Schema<?> s) {
        return parts(s).stream().map(Schema::getMinimum).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static BigDecimal maximum(Schema<?> s) {
        return parts(s).stream().map(Schema::getMaximum).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static boolean nullable(Schema<?> s) {
        return s != null && Boolean.TRUE.equals(s.getNullable());
    }

    @SuppressWarnings("unchecked")
    static List<Object> enumValues(Schema<?> s) {
        for (Schema<?> p : parts(s)) {
            if (p.getEnum() != null && !p.getEnum().isEmpty()) {
                return (List<Object>) p.getEnum();
            }
        }
        return List.of();
    }

    static Object example(Schema<?> s) {
        return s == null ? null : s.getExample();
    }

    static Schema<?> items(Schema<?> s) {
        for (Schema<?> p : parts(s)) {
            if (p instanceof ArraySchema a && a.getItems() != null) {
                return a.getItems();
            }
            if (p.getItems() != null) {
                return p.getItems();
            }
        }
        return null;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    static Map<String, Schema<?>> properties(Schema<?> s) {
        Map<String, Schema<?>> all = new LinkedHashMap<>();
        for (Schema<?> p : parts(s)) {
            if (p.getProperties() != null) {
                ((Map) p.getProperties()).forEach((k, v) -> all.putIfAbsent((String) k, (Schema<?>) v));
            }
        }
        return all;
    }

    static List<String> required(Schema<?> s) {
        List<String> all = new ArrayList<>();
        for (Schema<?> p : parts(s)) {
            if (p.getRequired() != null) {
                all.addAll(p.getRequired());
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** The schema of a map's values ("additionalProperties: {$ref}"), or null when the object is not a map. */
    static Schema<?> mapValues(Schema<?> s) {
        for (Schema<?> p : parts(s)) {
            if (p.getAdditionalProperties() instanceof Schema<?> values) {
                return values;
            }
        }
        return null;
    }
}
