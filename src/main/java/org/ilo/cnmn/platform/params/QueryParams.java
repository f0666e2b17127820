package org.ilo.cnmn.platform.params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ilo.cnmn.platform.json.RequestJson;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.problem.ProblemType;

/**
 * Parses raw query parameter text, collecting every problem so that one 400 names all the
 * offending parameters at once.
 */
public final class QueryParams {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_LENGTH = 120;

    private final List<FieldError> errors = new ArrayList<>();

    public void error(String name, String reason) {
        errors.add(new FieldError(name, reason));
    }

    public boolean hasError(String name) {
        return errors.stream().anyMatch(e -> e.name().equals(name));
    }

    /**
     * A repeatable filter: {@code a=x&a=y} and {@code a=x,y} both mean "x or y".
     * Each value must match {@code pattern}; {@code expectation} says what it should look like.
     */
    public Set<String> list(String name, List<String> raw, Pattern pattern, String expectation) {
        Set<String> values = new LinkedHashSet<>();
        if (raw == null) {
            return values;
        }
        for (String item : raw) {
            for (String part : item.split(",", -1)) {
                String value = part.trim();
                if (value.length() > MAX_VALUE_LENGTH || !pattern.matcher(value).matches()) {
                    error(name, "has value '" + ApiException.abbreviate(value) + "', which is not " + expectation);
                    return Set.of();
                }
                values.add(value);
            }
        }
        if (values.size() > MAX_VALUES) {
            error(name, "has more than " + MAX_VALUES + " values");
            return Set.of();
        }
        return values;
    }

    /**
     * Free text such as a search query: at most {@code maxLength} characters. Control characters never get
     * here: {@link QueryParameterFilter} refuses them in every query value.
     */
    public String text(String name, String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > maxLength) {
            error(name, "must be at most " + maxLength + " characters long");
            return null;
        }
        return value;
    }

    /** An RFC 3339 timestamp with an offset, e.g. 2026-11-22T10:15:30Z. */
    public Instant timestamp(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            OffsetDateTime value = OffsetDateTime.parse(raw.trim());
            if (RequestJson.storable(value.toLocalDate())) {
                return value.toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        error(name, "must be an RFC 3339 timestamp with offset between the years 1 and 9999, such as 2026-11-22T10:15:30Z");
        return null;
    }

    /** Checks that the range [from, to] is not empty; both ends may be absent. */
    public void range(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            error(fromName, "must not be after '" + toName + "'");
        }
    }

    /** A repeatable parameter whose values are names from a fixed set, such as {@code facets}. */
    public Set<String> names(String name, List<String> raw, Set<String> allowed) {
        Set<String> sorted = new TreeSet<>(allowed);
        return list(name, raw, Pattern.compile(String.join("|", sorted.stream().map(Pattern::quote).toList())),
                "one of " + String.join(", ", sorted));
    }

    public int limit(String raw, int defaultLimit, int maxLimit) {
        if (raw == null) {
            return defaultLimit;
        }
        String reason = "must be an integer between 1 and " + maxLimit;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error("limit", reason);
        return defaultLimit;
    }

    public Integer integer(String name, String raw, int min, int max) {
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(name, "must be an integer between " + min + " and " + max);
        return null;
    }

    public LocalDate date(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            LocalDate value = LocalDate.parse(raw.trim());
            if (RequestJson.storable(value)) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        error(name, "must be a calendar date in the form YYYY-MM-DD between 0001-01-01 and 9999-12-31");
        return null;
    }

    /** The language of a read: {@code lang} when given (unsupported: an error), else from Accept-Language. */
    public Language language(String lang, String acceptLanguage) {
        Language language = check(() -> Language.negotiate(lang, acceptLanguage));
        return language == null ? Language.EN : language;
    }

    /**
     * What {@code parse} gives, or null when it refuses query parameters: their problems are collected with the
     * others instead of answering the request on their own.
     */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ApiException e) {
            if (e.type() != ProblemType.INVALID_PARAMETER || e.errors() == null) {
                throw e;
            }
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Runs {@code check}, collecting the query parameter problems it reports. */
    public void check(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Answers 400 with every collected problem, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }
}
