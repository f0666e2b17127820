package org.ilo.cnmn.vocabulary;

import java.util.Map;

import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.RowMapper;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL that reads the vocabularies with their usage counts (views {@code country_view}, {@code funder_view}, {@code theme_view}). */
final class VocabularyQueries {

    /** A vocabulary: what one entry is called, its view, its id column and how a row of it becomes a record. */
    record Vocabulary<T>(String entry, String view, String idColumn, RowMapper<T> mapper) {

        /** The vocabulary in name order (ties on id). */
        KeysetQuery byName(int limit) {
            SortSpec sort = SortSpec.parse(null, "name", Map.of("name", new SortKey("name", "v.name", ValueType.TEXT)),
                    "v." + idColumn);
            return new KeysetQuery("v.*", view + " v", new SqlWhere(), sort, limit, view + " v;name", true);
        }

        /** The entry with id {@code id}, its bind value in {@code where}. */
        String byId(SqlWhere where, String id) {
            return "SELECT v.* FROM " + view + " v WHERE v." + idColumn + " = " + where.param(id);
        }
    }

    static final Vocabulary<CountryDto> COUNTRIES = new Vocabulary<>("country", "country_view", "code",
            VocabularyQueries::country);
    static final Vocabulary<FunderDto> FUNDERS = new Vocabulary<>("funder", "funder_view", "id",
            VocabularyQueries::funder);
    static final Vocabulary<ThemeDto> THEMES = new Vocabulary<>("theme", "theme_view", "id",
            VocabularyQueries::theme);

    /** Every id of the three vocabularies, tagged with its vocabulary, to check filters against. */
    static final String IDS = "SELECT 'country' AS vocabulary, code AS id FROM country"
            + " UNION ALL SELECT 'funder', id FROM funder UNION ALL SELECT 'theme', id FROM theme";

    private VocabularyQueries() {
    }

    private static CountryDto country(Row row) {
        return new CountryDto(row.text("code"), row.text("name"), row.whole("project_count"),
                row.whole("press_release_count"));
    }

    private static FunderDto funder(Row row) {
        return new FunderDto(row.text("id"), row.text("name"), row.whole("project_count"));
    }

    private static ThemeDto theme(Row row) {
        return new ThemeDto(row.text("id"), row.text("name"), row.text("description"), row.whole("project_count"),
                row.whole("press_release_count"));
    }
}
