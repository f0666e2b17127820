package org.ilo.cnmn.project;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.common.FacetValue;
import org.ilo.cnmn.common.KeysetPager;
import org.ilo.cnmn.common.ListQuery;
import org.ilo.cnmn.common.QueryParams;
import org.ilo.cnmn.common.Slice;
import org.ilo.cnmn.common.SortKey;
import org.ilo.cnmn.common.SortSpec;
import org.ilo.cnmn.common.SqlWhere;
import org.ilo.cnmn.common.Streamer;
import org.ilo.cnmn.common.ValueType;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class ProjectService {

    static final String DEFAULT_SORT = "-startDate";
    static final String RELEVANCE_SORT = "-relevance";
    static final String RELEVANCE = "ts_rank(s.search, websearch_to_tsquery('english', :q))";

    static final Map<String, SortKey> SORT_KEYS = Map.of(
            "startDate", new SortKey("startDate", "v.start_date", ValueType.DATE),
            "endDate", new SortKey("endDate", "v.end_date", ValueType.DATE),
            "title", new SortKey("title", "v.title", ValueType.TEXT),
            "lastUpdated", new SortKey("lastUpdated", "v.last_updated", ValueType.TIMESTAMP));

    /** Facets a project list can count, as queries of (value, name, count) over the filtered list. */
    static final Map<String, String> FACETS = Map.of(
            "country", "SELECT c.code, c.name, count(*) FROM {from} JOIN project_country fx ON fx.project_id = v.id"
                    + " JOIN country c ON c.code = fx.country_code{where} GROUP BY c.code, c.name",
            "funder", "SELECT f.id, f.name, count(*) FROM {from} JOIN project_funder fx ON fx.project_id = v.id"
                    + " JOIN funder f ON f.id = fx.funder_id{where} GROUP BY f.id, f.name",
            "theme", "SELECT t.id, t.name, count(*) FROM {from} JOIN project_theme fx ON fx.project_id = v.id"
                    + " JOIN theme t ON t.id = fx.theme_id{where} GROUP BY t.id, t.name",
            "status", "SELECT v.status, v.status, count(*) FROM {from}{where} GROUP BY v.status");

    private final EntityManager em;
    private final KeysetPager pager;
    private final Streamer streamer;
    private final VocabularyService vocabularies;

    public ProjectService(EntityManager em, KeysetPager pager, Streamer streamer, VocabularyService vocabularies) {
        this.em = em;
        this.pager = pager;
        this.streamer = streamer;
        this.vocabularies = vocabularies;
    }

    /** The sort a request asks for; relevance is a key (and the default) only when searching with {@code q}. */
    public static SortSpec sort(QueryParams params, String raw, ProjectFilter filter) {
        if (filter.q() == null) {
            return params.sort(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
        }
        Map<String, SortKey> keys = new HashMap<>(SORT_KEYS);
        keys.put("relevance", new SortKey("relevance", RELEVANCE, ValueType.REAL));
        return params.sort(raw, RELEVANCE_SORT, keys, "v.id");
    }

    /** Those of {@code ids} that are projects. */
    public Set<String> existing(Collection<String> ids) {
        return Set.copyOf(em.createQuery("select p.id from ProjectView p where p.id in :ids", String.class)
                .setParameter("ids", List.copyOf(ids)).getResultList());
    }

    public Optional<ProjectDto> find(String id) {
        return ProjectView.<ProjectView> findByIdOptional(id).map(ProjectDto::from);
    }

    public Slice<ProjectDto> list(ProjectFilter filter, SortSpec sort, int limit, String cursor, Set<String> facets) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
        ListQuery query = query(filter, sort, limit, cursor);
        Slice<ProjectDto> page = pager.page(query, ProjectView.class, p -> p.id, ProjectDto::from);
        Map<String, String> wanted = new LinkedHashMap<>();
        facets.forEach(f -> wanted.put(f, FACETS.get(f)));
        Map<String, List<FacetValue>> counts = pager.facets(query, wanted);
        return page.withFacets(counts);
    }

    /** Every project matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    public void forEach(ProjectFilter filter, SortSpec sort, Consumer<ProjectDto> sink) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
        streamer.forEach(query(filter, sort, 0, null), ProjectView.class, p -> sink.accept(ProjectDto.from(p)));
    }

    /** Changes exactly when the projects matching {@code filter}, or any of them, change. */
    public String fingerprint(ProjectFilter filter) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
        return streamer.fingerprint(query(filter, sort(new QueryParams(), null, filter), 0, null),
                "v.id || v.last_updated::text || v.status");
    }

    static ListQuery query(ProjectFilter filter, SortSpec sort, int limit, String cursor) {
        SqlWhere where = new SqlWhere();
        String from = "project_view v";
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
        if (filter.q() != null) {
            from = "project_view v JOIN project s ON s.id = v.id";
            where.add("s.search @@ websearch_to_tsquery('english', " + where.param("q", filter.q()) + ")");
        }
        String scope = "projects;" + sort.canonical() + ";" + filter.canonical();
        return new ListQuery(from, where, sort, limit, cursor, scope);
    }
}
