package org.ilo.cnmn.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.common.KeysetPager;
import org.ilo.cnmn.common.QueryParams;
import org.ilo.cnmn.common.Slice;
import org.ilo.cnmn.common.SortKey;
import org.ilo.cnmn.common.SortSpec;
import org.ilo.cnmn.common.SqlWhere;
import org.ilo.cnmn.common.ValueType;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class ProjectService {

    static final String DEFAULT_SORT = "-startDate";

    static final Map<String, SortKey<ProjectView>> SORT_KEYS = Map.of(
            "startDate", new SortKey<>("startDate", "v.start_date", ValueType.DATE, p -> p.startDate),
            "endDate", new SortKey<>("endDate", "v.end_date", ValueType.DATE, p -> p.endDate),
            "title", new SortKey<>("title", "v.title", ValueType.TEXT, p -> p.title),
            "lastUpdated", new SortKey<>("lastUpdated", "v.last_updated", ValueType.TIMESTAMP, p -> p.lastUpdated));

    private final EntityManager em;
    private final KeysetPager pager;
    private final VocabularyService vocabularies;

    public ProjectService(EntityManager em, KeysetPager pager, VocabularyService vocabularies) {
        this.em = em;
        this.pager = pager;
        this.vocabularies = vocabularies;
    }

    static SortSpec<ProjectView> sort(QueryParams params, String raw) {
        return params.sort(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
    }

    /** Those of {@code ids} that are projects. */
    public Set<String> existing(Collection<String> ids) {
        return Set.copyOf(em.createQuery("select p.id from ProjectView p where p.id in :ids", String.class)
                .setParameter("ids", List.copyOf(ids)).getResultList());
    }

    public Optional<ProjectDto> find(String id) {
        return ProjectView.<ProjectView> findByIdOptional(id).map(ProjectDto::from);
    }

    public Slice<ProjectDto> list(ProjectFilter filter, SortSpec<ProjectView> sort, int limit, String cursor) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
        String scope = "projects;" + sort.canonical() + ";" + filter.canonical();
        return pager.page("project_view v", ProjectView.class, where(filter), sort, limit, cursor, scope,
                p -> p.id, ProjectDto::from);
    }

    private static SqlWhere where(ProjectFilter filter) {
        SqlWhere where = new SqlWhere();
        if (!filter.countries().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM project_country x WHERE x.project_id = v.id AND x.country_code IN ("
                    + where.param(List.copyOf(filter.countries())) + "))");
        }
        if (!filter.funders().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM project_funder x WHERE x.project_id = v.id AND x.funder_id IN ("
                    + where.param(List.copyOf(filter.funders())) + "))");
        }
        if (!filter.themes().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM project_theme x WHERE x.project_id = v.id AND x.theme_id IN ("
                    + where.param(List.copyOf(filter.themes())) + "))");
        }
        if (!filter.statuses().isEmpty()) {
            where.add("v.status IN (" + where.param(List.copyOf(filter.statuses())) + ")");
        }
        return where;
    }
}
