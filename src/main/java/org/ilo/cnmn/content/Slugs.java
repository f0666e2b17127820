package org.ilo.cnmn.content;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids derived from English titles, e.g. "Decent Work – Mongolia" → decent-work-mongolia. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of {@code title}, or {@code fallback} when the title has no Latin letters or digits. */
    public static String of(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
