package org.ilo.cnmn.platform.params;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ilo.cnmn.platform.problem.ApiException;

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

    /**
     * The language of a read: {@code lang} when given (a language tag whose language is unsupported or that is
     * ill-formed: 400), else the best Accept-Language match.
     */
    public static Language negotiate(String lang, String acceptLanguage) {
        if (lang != null) {
            return ofLanguageTag(lang).orElseThrow(() -> ApiException.invalidParameter("lang",
                    "must be en, zh or mn, or a language tag of one of them such as zh-CN or zh-Hans"));
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

    /** The supported language of a BCP 47 tag with any region or script ({@code zh-Hant-TW} is zh), or empty. */
    static Optional<Language> ofLanguageTag(String tag) {
        try {
            return of(new Locale.Builder().setLanguageTag(tag.trim()).build().getLanguage());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** A language translations can be written in (zh, mn), by its tag. */
    public static Optional<Language> translation(String tag) {
        return of(tag).filter(l -> l != EN);
    }

    /**
     * The acceptable supported language with the highest quality; ties go to the first listed; none acceptable,
     * or a header that is not a valid language priority list: English.
     */
    static Language fromAcceptLanguage(String header) {
        Optional<List<Locale.LanguageRange>> parsed = ranges(header);
        if (parsed.isEmpty()) {
            return EN; // a malformed preference makes the header unusable, not the request
        }
        List<Locale.LanguageRange> ranges = parsed.get();
        // parse() orders the ranges by weight, keeping the header's order among equal weights
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                break;
            }
            String tag = range.getRange();
            Optional<Language> candidate = tag.equals("*") ? Optional.of(EN) : of(tag.split("-", 2)[0]);
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        return EN;
    }

    /** Whether an Accept-Language value is a valid language priority list (RFC 4647). */
    public static boolean wellFormedAcceptLanguage(String header) {
        return ranges(header).isPresent();
    }

    private static Optional<List<Locale.LanguageRange>> ranges(String header) {
        try {
            return Optional.of(Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // the JDK throws the latter for some inputs, such as "-"
            return Optional.empty();
        }
    }
}
