package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ilo.cnmn.common.ApiException;
import org.ilo.cnmn.common.KeysetPager;
import org.ilo.cnmn.common.QueryParams;
import org.ilo.cnmn.common.Slice;
import org.ilo.cnmn.common.SortKey;
import org.ilo.cnmn.common.SortSpec;
import org.ilo.cnmn.common.SqlWhere;
import org.ilo.cnmn.common.ValueType;
import org.ilo.cnmn.project.ProjectService;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class PressReleaseService {

    static final String DEFAULT_SORT = "-publishedOn";

    static final Map<String, SortKey<PressReleaseView>> SORT_KEYS = Map.of(
            "publishedOn", new SortKey<>("publishedOn", "v.published_on", ValueType.DATE, r -> r.publishedOn),
            "title", new SortKey<>("title", "v.title", ValueType.TEXT, r -> r.title),
            "lastUpdated", new SortKey<>("lastUpdated", "v.last_updated", ValueType.TIMESTAMP, r -> r.lastUpdated));

    private final KeysetPager pager;
    private final VocabularyService vocabularies;
    private final ProjectService projects;

    public PressReleaseService(KeysetPager pager, VocabularyService vocabularies, ProjectService projects) {
        this.pager = pager;
        this.vocabularies = vocabularies;
        this.projects = projects;
    }

    static SortSpec<PressReleaseView> sort(QueryParams params, String raw) {
        return params.sort(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
    }

    public Optional<PressReleaseDto> find(String id) {
        return PressReleaseView.<PressReleaseView> findByIdOptional(id).map(PressReleaseDto::from);
    }

    public Slice<PressReleaseDto> list(PressReleaseFilter filter, SortSpec<PressReleaseView> sort, int limit,
            String cursor) {
        vocabularies.requireKnown(filter.countries(), Set.of(), Set.of());
        requireKnownProjects(filter.projects());
        String scope = "press-releases;" + sort.canonical() + ";" + filter.canonical();
        return pager.page("press_release_view v", PressReleaseView.class, where(filter), sort, limit, cursor, scope,
                r -> r.id, PressReleaseDto::from);
    }

    private void requireKnownProjects(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(projects.existing(ids));
        if (!missing.isEmpty()) {
            throw ApiException.invalidParameter("project", "has unknown value"
                    + (missing.size() > 1 ? "s " : " ") + missing.stream().sorted().map(v -> "'" + v + "'")
                    .collect(Collectors.joining(", ")) + "; see /api/v1/projects");
        }
    }

    private static SqlWhere where(PressReleaseFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter.year() != null) {
            LocalDate first = LocalDate.of(filter.year(), 1, 1);
            where.add("v.published_on >= " + where.param(first) + " AND v.published_on < " + where.param(first.plusYears(1)));
        }
        if (!filter.countries().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM press_release_country x WHERE x.press_release_id = v.id AND x.country_code IN ("
                    + where.param(List.copyOf(filter.countries())) + "))");
        }
        if (!filter.projects().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM press_release_project x WHERE x.press_release_id = v.id AND x.project_id IN ("
                    + where.param(List.copyOf(filter.projects())) + "))");
        }
        return where;
    }
}
