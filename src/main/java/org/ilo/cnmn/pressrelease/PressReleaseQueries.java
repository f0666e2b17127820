package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.content.PublishedList;
import org.ilo.cnmn.platform.paging.Facet;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL that reads press releases: lists and single rows, from view {@code press_release_view}. */
@ApplicationScoped
public class PressReleaseQueries {

    static final PublishedList LIST = new PublishedList("press-releases", "press_release_view", "press_release",
            "press_release_id", "-publishedOn",
            Map.of("publishedOn", new SortKey("publishedOn", "v.published_on", ValueType.DATE),
                    "title", new SortKey("title", "v.title", ValueType.TEXT),
                    "lastUpdated", new SortKey("lastUpdated", "v.last_updated", ValueType.TIMESTAMP)),
            Map.of("country", new Facet("country", "JOIN press_release_country fx ON fx.press_release_id = v.id"
                            + " JOIN country c ON c.code = fx.country_code", "c.code", "c.name"),
                    "theme", new Facet("theme", "JOIN press_release_theme fx ON fx.press_release_id = v.id"
                            + " JOIN theme t ON t.id = fx.theme_id", "t.id", "t.name"),
                    "year", new Facet("year", "CROSS JOIN LATERAL"
                            + " (SELECT extract(year FROM v.published_on)::int::text AS year) y", "y.year", "y.year")));

    /** What an export's fingerprint hashes per row: whatever changes the row's representation. */
    static final String STAMP = "v.id || v.last_updated::text";

    private static final TypeReference<List<PressReleaseView.LinkedProject>> PROJECTS = new TypeReference<>() {
    };

    @Inject SqlRows rows;

    static PressReleaseView view(Row row) {
        return new PressReleaseView(row.text("id"), row.text("title"), row.date("published_on"), row.text("summary"),
                row.text("image_credit"), row.json("translations", PublishedList.TRANSLATIONS), row.instant("last_updated"),
                row.json("countries", PublishedList.COUNTRIES), row.json("themes", PublishedList.NAMED_REFS), row.json("related_projects", PROJECTS));
    }

    Optional<PressReleaseView> find(String id) {
        SqlWhere where = new SqlWhere();
        return rows.first("SELECT v.* FROM press_release_view v WHERE v.id = " + where.param(id), where,
                PressReleaseQueries::view);
    }

    /** The list {@code filter} selects; {@code search} as PublishedList takes it (null: one plain statement, for exports). */
    static KeysetQuery query(PressReleaseFilter filter, SortSpec sort, int limit, IloConfig.Search search) {
        SqlWhere where = new SqlWhere();
        if (filter.from() != null) {
            where.add("v.published_on >= " + where.param(filter.from()));
        }
        if (filter.to() != null) {
            where.add("v.published_on <= " + where.param(filter.to()));
        }
        if (filter.year() != null) {
            LocalDate first = LocalDate.of(filter.year(), 1, 1);
            where.add("v.published_on >= " + where.param(first) + " AND v.published_on < " + where.param(first.plusYears(1)));
        }
        if (filter.updatedSince() != null) {
            where.add("v.last_updated >= " + where.param(filter.updatedSince()));
        }
        // The project filter first: a project has a handful of press releases, a country or theme thousands.
        return LIST.query(where, List.of(new PublishedList.Link("press_release_project", "project_id", filter.projects()),
                new PublishedList.Link("press_release_country", "country_code", filter.countries()),
                new PublishedList.Link("press_release_theme", "theme_id", filter.themes())),
                filter.q(), sort, limit, filter.canonical(), search);
    }
}
