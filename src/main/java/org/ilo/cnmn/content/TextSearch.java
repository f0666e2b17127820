package org.ilo.cnmn.content;

import java.util.regex.Pattern;
import org.ilo.cnmn.platform.paging.SqlWhere;

/**
 * The {@code q} condition shared by lists and search. English titles and summaries are matched with
 * PostgreSQL full-text search (English stemming, web-search syntax). Translations are matched as
 * substrings through a trigram index, because Chinese has no spaces for a text-search parser to
 * split words on; a query in Chinese or Mongolian (Han or Cyrillic letters) is therefore also looked
 * for, as typed, inside translated titles and summaries.
 */
public final class TextSearch {

    /** The tsquery of {@code :q}; ranking expressions refer to it. */
    public static final String QUERY = "websearch_to_tsquery('english', :q)";

    private static final Pattern TRANSLATED_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsCyrillic}]");

    private TextSearch() {
    }

    /** Whether {@code q} is also looked for in translations (it has Han or Cyrillic letters). */
    public static boolean matchesTranslations(String q) {
        return TRANSLATED_SCRIPT.matcher(q).find();
    }

    /** Adds to {@code where} the bind values for {@code q} and returns the condition on table alias {@code alias}. */
    public static String condition(String alias, SqlWhere where, String q) {
        where.param("q", q);
        String condition = alias + ".search @@ " + QUERY;
        if (matchesTranslations(q)) {
            String pattern = "%" + q.replace("\"", "").strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            condition = "(" + condition + " OR " + alias + ".translated_text ILIKE " + where.param("qlike", pattern) + ")";
        }
        return condition;
    }
}
