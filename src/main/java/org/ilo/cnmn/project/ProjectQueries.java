package org.ilo.cnmn.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

/** The SQL that reads projects: lists, single rows and existence, from view {@code project_view}. */
@ApplicationScoped
public class ProjectQueries {

    static final PublishedList LIST = new PublishedList("projects", "project_view", "project", "project_id",
            "-startDate",
            Map.of("startDate", new SortKey("startDate", "v.start_date", ValueType.DATE),
                    "endDate", new SortKey("endDate", "v.end_date", ValueType.DATE),
                    "title", new SortKey("title", "v.title", ValueType.TEXT),
                    "lastUpdated", new SortKey("lastUpdated", "v.last_updated", ValueType.TIMESTAMP)),
            Map.of("country", new Facet("country", "JOIN project_country fx ON fx.project_id = v.id"
                            + " JOIN country c ON c.code = fx.country_code", "c.code", "c.name"),
                    "funder", new Facet("funder", "JOIN project_funder fx ON fx.project_id = v.id"
                            + " JOIN funder f ON f.id = fx.funder_id", "f.id", "f.name"),
                    "theme", new Facet("theme", "JOIN project_theme fx ON fx.project_id = v.id"
                            + " JOIN theme t ON t.id = fx.theme_id", "t.id", "t.name"),
                    "status", new Facet("status", "", "v.status", "v.status")));

    /**
     * Each status as conditions on the columns project_view derives it from, so that a date bound
     * can limit the range of a date index (the planned projects ahead of the active ones in the
     * default order are skipped, not filtered one by one).
     */
    private static final Map<String, String> STATUS_CONDITIONS = Map.of(
            "planned", "v.status_override IS NULL AND v.start_date > utc_today()",
            "active", "v.status_override IS NULL AND v.start_date <= utc_today() AND v.end_date >= utc_today()",
            "completed", "v.status_override IS NULL AND v.end_date < utc_today()",
            "cancelled", "v.status_override = 'cancelled'",
            "suspended", "v.status_override = 'suspended'");

    /** What an export's fingerprint hashes per row: whatever changes the row's representation. */
    static final String STAMP = "v.id || v.last_updated::text || v.status";

    private static final TypeReference<List<ProjectView.LinkedPressRelease>> PRESS_RELEASES = new TypeReference<>() {
    };

    @Inject SqlRows rows;

    static ProjectView view(Row row) {
        return new ProjectView(row.text("id"), row.text("title"), row.text("summary"), row.date("start_date"),
                row.date("end_date"), row.text("status"), row.text("region"), row.text("funding_note"),
                row.json("translations", PublishedList.TRANSLATIONS), row.instant("last_updated"),
                row.json("countries", PublishedList.COUNTRIES), row.json("funders", PublishedList.NAMED_REFS),
                row.json("themes", PublishedList.NAMED_REFS), row.json("partners", PublishedList.NAMED_REFS),
                row.json("related_press_releases", PRESS_RELEASES));
    }

    Optional<ProjectView> find(String id) {
        SqlWhere where = new SqlWhere();
        return rows.first("SELECT v.* FROM project_view v WHERE v.id = " + where.param(id), where,
                ProjectQueries::view);
    }

    Set<String> existing(Collection<String> ids) {
        SqlWhere where = new SqlWhere();
        return Set.copyOf(rows.list("SELECT p.id FROM project p WHERE p.id IN (" + where.param(List.copyOf(ids)) + ")",
                where, row -> row.text("id")));
    }

    /** The list {@code filter} selects; {@code search} as PublishedList takes it (null: one plain statement, for exports). */
    static KeysetQuery query(ProjectFilter filter, SortSpec sort, int limit, IloConfig.Search search) {
        SqlWhere where = new SqlWhere();
        if (!filter.statuses().isEmpty()) {
            where.add(filter.statuses().stream().sorted().map(STATUS_CONDITIONS::get).collect(Collectors.joining(" OR ")));
        }
        if (filter.activeOn() != null) {
            String day = where.param(filter.activeOn());
            where.add("v.start_date <= " + day + " AND v.end_date >= " + day);
        }
        if (filter.from() != null) {
            where.add("v.end_date >= " + where.param(filter.from()));
        }
        if (filter.to() != null) {
            where.add("v.start_date <= " + where.param(filter.to()));
        }
        if (filter.updatedSince() != null) {
            where.add("v.last_updated >= " + where.param(filter.updatedSince()));
        }
        return LIST.query(where, List.of(new PublishedList.Link("project_country", "country_code", filter.countries()),
                new PublishedList.Link("project_funder", "funder_id", filter.funders()),
                new PublishedList.Link("project_theme", "theme_id", filter.themes())),
                filter.q(), sort, limit, filter.canonical(), search);
    }
}
