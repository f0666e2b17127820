package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.common.ApiException;
import org.ilo.cnmn.common.Cursor;
import org.ilo.cnmn.common.CursorCodec;
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

    private final EntityManager em;
    private final CursorCodec cursors;
    private final VocabularyService vocabularies;
    private final ProjectService projects;

    public PressReleaseService(EntityManager em, CursorCodec cursors, VocabularyService vocabularies,
            ProjectService projects) {
        this.em = em;
        this.cursors = cursors;
        this.vocabularies = vocabularies;
        this.projects = projects;
    }

    static SortSpec<PressReleaseView> sort(String raw) {
        return SortSpec.parse(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
    }

    public Optional<PressReleaseDto> find(String id) {
        return PressReleaseView.<PressReleaseView> findByIdOptional(id).map(PressReleaseDto::from);
    }

    public Slice<PressReleaseDto> list(PressReleaseFilter filter, SortSpec<PressReleaseView> sort, int limit,
            String cursorToken) {
        vocabularies.requireKnown(filter.countries(), Set.of(), Set.of());
        requireKnownProjects(filter.projects());
        String scope = "press-releases;" + sort.canonical() + ";" + filter.canonical();
        Cursor cursor = cursorToken == null ? null : cursors.decode(cursorToken, scope);

        SqlWhere where = where(filter);
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM press_release_view v" + where.sql()))
                .getSingleResult()).longValue();

        SqlWhere page = where.copy();
        if (cursor != null) {
            sort.addKeyset(page, cursor);
        }
        @SuppressWarnings("unchecked")
        List<PressReleaseView> rows = page.bind(em.createNativeQuery("SELECT v.* FROM press_release_view v" + page.sql()
                + " ORDER BY " + sort.orderBy() + " LIMIT " + (limit + 1), PressReleaseView.class)).getResultList();

        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            PressReleaseView last = rows.get(limit - 1);
            next = cursors.encode(sort.cursorAfter(last, last.id), scope);
        }
        List<PressReleaseDto> items = new ArrayList<>(rows.size());
        rows.forEach(r -> items.add(PressReleaseDto.from(r)));
        return new Slice<>(items, limit, total, next);
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
