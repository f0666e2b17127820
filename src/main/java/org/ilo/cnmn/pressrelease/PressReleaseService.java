package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ilo.cnmn.platform.params.Language;

import org.ilo.cnmn.platform.problem.ApiException;
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
import org.ilo.cnmn.project.ProjectService;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class PressReleaseService {

    static final String DEFAULT_SORT = "-publishedOn";
    static final String RELEVANCE_SORT = "-relevance";
    static final String RELEVANCE = "ts_rank(s.search, " + TextSearch.QUERY + ")";

    static final Map<String, SortKey> SORT_KEYS = Map.of(
            "publishedOn", new SortKey("publishedOn", "v.published_on", ValueType.DATE),
            "title", new SortKey("title", "v.title", ValueType.TEXT),
            "lastUpdated", new SortKey("lastUpdated", "v.last_updated", ValueType.TIMESTAMP));

    /** Facets a press release list can count, as queries of (value, name, count) over the filtered list. */
    static final Map<String, String> FACETS = Map.of(
            "country", "SELECT c.code, c.name, count(*) FROM {from} JOIN press_release_country fx"
                    + " ON fx.press_release_id = v.id JOIN country c ON c.code = fx.country_code{where}"
                    + " GROUP BY c.code, c.name",
            "theme", "SELECT t.id, t.name, count(*) FROM {from} JOIN press_release_theme fx"
                    + " ON fx.press_release_id = v.id JOIN theme t ON t.id = fx.theme_id{where} GROUP BY t.id, t.name",
            "year", "SELECT y.year, y.year, count(*) FROM {from}"
                    + " CROSS JOIN LATERAL (SELECT extract(year FROM v.published_on)::int::text AS year) y{where}"
                    + " GROUP BY y.year");

    private final KeysetPager pager;
    private final Streamer streamer;
    private final VocabularyService vocabularies;
    private final ProjectService projects;

    public PressReleaseService(KeysetPager pager, Streamer streamer, VocabularyService vocabularies,
            ProjectService projects) {
        this.pager = pager;
        this.streamer = streamer;
        this.vocabularies = vocabularies;
        this.projects = projects;
    }

    /** The sort a request asks for; relevance is a key (and the default) only when searching with {@code q}. */
    public static SortSpec sort(QueryParams params, String raw, PressReleaseFilter filter) {
        if (filter.q() == null) {
            return params.sort(raw, DEFAULT_SORT, SORT_KEYS, "v.id");
        }
        Map<String, SortKey> keys = new HashMap<>(SORT_KEYS);
        keys.put("relevance", new SortKey("relevance", RELEVANCE, ValueType.REAL));
        return params.sort(raw, RELEVANCE_SORT, keys, "v.id");
    }

    public Optional<PressReleaseDto> find(String id, Language lang) {
        return PressReleaseView.<PressReleaseView> findByIdOptional(id).map(r -> PressReleaseDto.from(r, lang));
    }

    /**
     * Answers 400 naming each filter parameter that refers to a country, theme or project that does not exist. Resources
     * call it while parsing, so its problems join the other parameters'; list, forEach and fingerprint then take
     * the filter as checked (checking again would repeat the lookups; an unknown id would only match nothing).
     */
    public void requireKnown(PressReleaseFilter filter) {
        QueryParams checks = new QueryParams();
        checks.check(() -> vocabularies.requireKnown(filter.countries(), Set.of(), filter.themes()));
        checks.check(() -> requireKnownProjects(filter.projects()));
        checks.throwIfInvalid();
    }

    public Slice<PressReleaseDto> list(PressReleaseFilter filter, SortSpec sort, int limit, String cursor,
            Set<String> facets, Language lang) {
        ListQuery query = query(filter, sort, limit, cursor);
        Slice<PressReleaseDto> page = pager.page(query, PressReleaseView.class, r -> r.id,
                r -> PressReleaseDto.from(r, lang));
        Map<String, String> wanted = new LinkedHashMap<>();
        facets.forEach(f -> wanted.put(f, FACETS.get(f)));
        return page.withFacets(pager.facets(query, wanted));
    }

    /** Every press release matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    public void forEach(PressReleaseFilter filter, SortSpec sort, Consumer<PressReleaseDto> sink) {
        streamer.forEach(query(filter, sort, 0, null), PressReleaseView.class,
                r -> sink.accept(PressReleaseDto.from(r, Language.EN)));
    }

    /** Changes exactly when the press releases matching {@code filter}, or any of them, change. */
    public String fingerprint(PressReleaseFilter filter) {
        return streamer.fingerprint(query(filter, sort(new QueryParams(), null, filter), 0, null),
                "v.id || v.last_updated::text");
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

    static ListQuery query(PressReleaseFilter filter, SortSpec sort, int limit, String cursor) {
        SqlWhere where = new SqlWhere();
        String from = "press_release_view v";
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
        if (!filter.countries().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM press_release_country x WHERE x.press_release_id = v.id AND x.country_code IN ("
                    + where.param(List.copyOf(filter.countries())) + "))");
        }
        if (!filter.themes().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM press_release_theme x WHERE x.press_release_id = v.id AND x.theme_id IN ("
                    + where.param(List.copyOf(filter.themes())) + "))");
        }
        if (!filter.projects().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM press_release_project x WHERE x.press_release_id = v.id AND x.project_id IN ("
                    + where.param(List.copyOf(filter.projects())) + "))");
        }
        if (filter.updatedSince() != null) {
            where.add("v.last_updated >= " + where.param(filter.updatedSince()));
        }
        if (filter.q() != null) {
            from = "press_release_view v JOIN press_release s ON s.id = v.id";
            where.add(TextSearch.condition("s", where, filter.q()));
        }
        String scope = "press-releases;" + sort.canonical() + ";" + filter.canonical();
        return new ListQuery(from, where, sort, limit, cursor, scope);
    }
}
