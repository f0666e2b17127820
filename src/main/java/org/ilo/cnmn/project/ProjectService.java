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

import org.ilo.cnmn.platform.params.Language;

import org.ilo.cnmn.platform.paging.FacetValue;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.ListQuery;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.Streamer;
import org.ilo.cnmn.content.TextSearch;
import org.ilo.cnmn.platform.paging.ValueType;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class ProjectService {

    static final String DEFAULT_SORT = "-startDate";
    static final String RELEVANCE_SORT = "-relevance";
    static final String RELEVANCE = "ts_rank(s.search, " + TextSearch.QUERY + ")";

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

    public Optional<ProjectDto> find(String id, Language lang) {
        return ProjectView.<ProjectView> findByIdOptional(id).map(p -> ProjectDto.from(p, lang));
    }

    /**
     * Answers 400 naming each filter parameter that refers to a country, funder or theme that does not exist. Resources
     * call it while parsing, so its problems join the other parameters'; list, forEach and fingerprint then take
     * the filter as checked (checking again would repeat the lookups; an unknown id would only match nothing).
     */
    public void requireKnown(ProjectFilter filter) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
    }

    public Slice<ProjectDto> list(ProjectFilter filter, SortSpec sort, int limit, String cursor, Set<String> facets,
            Language lang) {
        ListQuery query = query(filter, sort, limit, cursor);
        Slice<ProjectDto> page = pager.page(query, ProjectView.class, p -> p.id, p -> ProjectDto.from(p, lang));
        Map<String, String> wanted = new LinkedHashMap<>();
        facets.forEach(f -> wanted.put(f, FACETS.get(f)));
        Map<String, List<FacetValue>> counts = pager.facets(query, wanted);
        return page.withFacets(counts);
    }

    /** Every project matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    public void forEach(ProjectFilter filter, SortSpec sort, Consumer<ProjectDto> sink) {
        streamer.forEach(query(filter, sort, 0, null), ProjectView.class,
                p -> sink.accept(ProjectDto.from(p, Language.EN)));
    }

    /** Changes exactly when the projects matching {@code filter}, or any of them, change. */
    public String fingerprint(ProjectFilter filter) {
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
            where.add(TextSearch.condition("s", where, filter.q()));
        }
        String scope = "projects;" + sort.canonical() + ";" + filter.canonical();
        return new ListQuery(from, where, sort, limit, cursor, scope);
    }
}
