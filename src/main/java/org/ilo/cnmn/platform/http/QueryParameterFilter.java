package org.ilo.cnmn.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.problem.ProblemType;

/**
 * Rejects query parameters an operation does not declare, repeats of single-valued ones, empty values
 * and control characters (which no parameter takes and PostgreSQL cannot always store, such as %00)
 * in query and path values, instead of silently ignoring or failing on them. The declared set is read once per resource method from its
 * {@code @RestQuery}/{@code @QueryParam} parameters: the same declarations the contract is built from.
 */
public class QueryParameterFilter {

    private static final int MAX_NAME_IN_ERROR = 60;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** How an operation declares one of its query parameters. */
    private record Declared(boolean repeatable, boolean required) {
    }

    private final Map<Method, Map<String, Declared>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUndeclared(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        rejectControlCharacters(uri.getPathParameters());
        MultivaluedMap<String, String> given;
        try {
            given = uri.getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The query string is not validly percent-encoded.");
        }
        if (given.isEmpty()) {
            return;
        }
        Map<String, Declared> allowed = declared.computeIfAbsent(method, QueryParameterFilter::scan);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(given).entrySet()) {
            String name = entry.getKey();
            Declared declaration = allowed.get(name);
            if (declaration == null) {
                errors.add(new FieldError(abbreviate(name), allowed.isEmpty()
                        ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation; it takes " + String.join(", ", new TreeMap<>(allowed).keySet())));
            } else if (!declaration.repeatable() && entry.getValue().size() > 1) {
                errors.add(new FieldError(name, "must be given at most once"));
            } else if (entry.getValue().stream().anyMatch(v -> v == null || v.isBlank())) {
                errors.add(new FieldError(name, declaration.required() ? "must not be empty"
                        : "must not be empty; leave the parameter out instead"));
            } else if (entry.getValue().stream().anyMatch(v -> CONTROL.matcher(v).find())) {
                errors.add(new FieldError(name, "must not contain control characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }

    private static void rejectControlCharacters(MultivaluedMap<String, String> pathParameters) {
        List<FieldError> errors = new ArrayList<>();
        pathParameters.forEach((name, values) -> {
            if (values.stream().anyMatch(v -> CONTROL.matcher(v).find())) {
                errors.add(new FieldError(name, "must not contain control characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }

    private static Map<String, Declared> scan(Method method) {
        Map<String, Declared> names = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    addIfQuery(names, field.getAnnotations(), field.getName(), field.getType());
                }
            } else {
                addIfQuery(names, parameter.getAnnotations(), parameter.getName(), parameter.getType());
            }
        }
        return Map.copyOf(names);
    }

    private static void addIfQuery(Map<String, Declared> names, Annotation[] annotations, String javaName, Class<?> type) {
        boolean required = false;
        for (Annotation annotation : annotations) {
            if (annotation instanceof org.eclipse.microprofile.openapi.annotations.parameters.Parameter p) {
                required = p.required();
            }
        }
        for (Annotation annotation : annotations) {
            String name = null;
            if (annotation instanceof RestQuery q) {
                name = q.value().isEmpty() ? javaName : q.value();
            } else if (annotation instanceof QueryParam q) {
                name = q.value();
            }
            if (name != null) {
                names.put(name, new Declared(Collection.class.isAssignableFrom(type), required));
            }
        }
    }

    private static String abbreviate(String name) {
        return name.length() > MAX_NAME_IN_ERROR ? name.substring(0, MAX_NAME_IN_ERROR) + "…" : name;
    }
}
