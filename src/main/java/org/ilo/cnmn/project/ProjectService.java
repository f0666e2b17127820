package org.ilo.cnmn.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.common.Cursor;
import org.ilo.cnmn.common.CursorCodec;
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
    private final CursorCodec cursors;
    private final VocabularyService vocabularies;

    public ProjectService(EntityManager em, CursorCodec cursors, VocabularyService vocabularies) {
        this.em = em;
        this.cursors = cursors;
        this.vocabularies = vocabularies;
    }

    static SortSpec<ProjectView> sort(String raw) {
        return SortSpec.parse(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
    }

    /** Those of {@code ids} that are projects. */
    public Set<String> existing(Collection<String> ids) {
        return Set.copyOf(em.createQuery("select p.id from ProjectView p where p.id in :ids", String.class)
                .setParameter("ids", List.copyOf(ids)).getResultList());
    }

    public Optional<ProjectDto> find(String id) {
        return ProjectView.<ProjectView> findByIdOptional(id).map(ProjectDto::from);
    }

    public Slice<ProjectDto> list(ProjectFilter filter, SortSpec<ProjectView> sort, int limit, String cursorToken) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
        String scope = "projects;" + sort.canonical() + ";" + filter.canonical();
        Cursor cursor = cursorToken == null ? null : cursors.decode(cursorToken, scope);

        SqlWhere where = where(filter);
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM project_view v" + where.sql()))
                .getSingleResult()).longValue();

        SqlWhere page = where.copy();
        if (cursor != null) {
            sort.addKeyset(page, cursor);
        }
        @SuppressWarnings("unchecked")
        List<ProjectView> rows = page.bind(em.createNativeQuery("SELECT v.* FROM project_view v" + page.sql()
                + " ORDER BY " + sort.orderBy() + " LIMIT " + (limit + 1), ProjectView.class)).getResultList();

        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ProjectView last = rows.get(limit - 1);
            next = cursors.encode(sort.cursorAfter(last, last.id), scope);
        }
        List<ProjectDto> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(ProjectDto.from(r)));
        return new Slice<>(items, limit, total, next);
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
