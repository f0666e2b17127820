package org.ilo.cnmn.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content languages: English, the base every field has, and the translations editors may add.
 * A read picks one with {@code lang}, or else from {@code Accept-Language} (RFC 9110 §12.5.4, quality
 * values honoured); a field without a translation is served in English.
 */
public enum Language {
    EN, ZH, MN;

    public static final List<String> TRANSLATIONS = List.of("zh", "mn");

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a read: {@code lang} when given (unsupported: 400), else the best Accept-Language match. */
    public static Language negotiate(String lang, String acceptLanguage) {
        if (lang != null) {
            return of(lang).orElseThrow(() -> ApiException.invalidParameter("lang",
                    "must be one of en, zh, mn"));
        }
        return acceptLanguage == null ? EN : fromAcceptLanguage(acceptLanguage);
    }

    /** A supported language by its tag (case-insensitive), or empty. */
    public static Optional<Language> of(String tag) {
        for (Language l : values()) {
            if (l.tag().equalsIgnoreCase(tag.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A language translations can be written in (zh, mn), by its tag. */
    public static Optional<Language> translation(String tag) {
        return of(tag).filter(l -> l != EN);
    }

    /** The acceptable supported language with the highest quality; ties go to the first listed; none: English. */
    static Language fromAcceptLanguage(String header) {
        Language best = EN;
        double bestQuality = 0;
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim();
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0; // a malformed weight makes the range unusable, not the request
                    }
                }
            }
            Language candidate = tag.equals("*") ? EN : of(tag.split("-")[0]).orElse(null);
            if (candidate != null && quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }
}
