package org.ilo.cnmn.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.ilo.cnmn.audit.AuditService;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.caching.DataVersion;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.json.MergePatches;
import org.ilo.cnmn.platform.caching.Preconditions;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.content.Slugs;
import org.ilo.cnmn.content.TranslationDto;
import org.ilo.cnmn.changes.ChangeService;
import org.ilo.cnmn.changes.ChangeService.Action;
import org.ilo.cnmn.changes.ChangeService.ResourceType;
import org.ilo.cnmn.vocabulary.VocabularyService.Reference;

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

    static final String TYPE = "project";

    private final EntityManager em;
    private final KeysetPager pager;
    private final Streamer streamer;
    private final VocabularyService vocabularies;
    private final Representations representations;
    private final MergePatches patches;
    private final AuditService audit;
    private final ChangeService changes;
    private final DataVersion dataVersion;

    public ProjectService(EntityManager em, KeysetPager pager, Streamer streamer, VocabularyService vocabularies,
            Representations representations, MergePatches patches, AuditService audit, ChangeService changes,
            DataVersion dataVersion) {
        this.em = em;
        this.pager = pager;
        this.streamer = streamer;
        this.vocabularies = vocabularies;
        this.representations = representations;
        this.patches = patches;
        this.audit = audit;
        this.changes = changes;
        this.dataVersion = dataVersion;
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

    /** Creates a project; its id is the one given or one derived from the title. */
    @Transactional
    public ProjectDto create(ProjectWrite body, String editor) {
        String id = body.id() != null ? body.id() : freeId(Slugs.of(body.title(), "project"));
        if (Project.findById(id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "A project with id '" + id + "' exists already.");
        }
        check(body);
        Project project = new Project();
        project.id = id;
        body.applyTo(project);
        project.lastUpdated = Instant.now();
        project.persist();
        audit.record(editor, AuditService.Action.CREATE, TYPE, id, null, ProjectWrite.of(project));
        recordChanges(id, Action.UPSERT, List.of());
        return current(id);
    }

    /** Replaces a project (PUT); {@code ifMatch} must name its current ETag. */
    @Transactional
    public ProjectDto replace(String id, ProjectWrite body, String ifMatch, String editor) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ApiException.invalidBody("id", "is immutable; it must be '" + id + "' or left out");
        }
        return update(lockForWrite(id, ifMatch), body, editor);
    }

    /** Applies an RFC 7396 merge patch to the project as editors write it, then replaces it. */
    @Transactional
    public ProjectDto patch(String id, JsonNode patch, String ifMatch, String editor) {
        Project project = lockForWrite(id, ifMatch);
        ProjectWrite body = patches.apply(ProjectWrite.of(project), patch, ProjectWrite.class);
        if (!id.equals(body.id())) {
            throw ApiException.invalidBody("id", "is immutable; it must be '" + id + "' or left out");
        }
        return update(project, body, editor);
    }

    /** Applies {@code body} to a row locked by {@link #lockForWrite}, with its audit entry and change records. */
    private ProjectDto update(Project project, ProjectWrite body, String editor) {
        check(body);
        ProjectWrite before = ProjectWrite.of(project);
        body.applyTo(project);
        project.lastUpdated = Instant.now();
        ProjectWrite after = ProjectWrite.of(project);
        audit.record(editor, AuditService.Action.UPDATE, TYPE, project.id, before, after);
        recordChanges(project.id, Action.UPSERT,
                titleChanged(before, after) ? linkedPressReleases(project.id) : List.of());
        return current(project.id);
    }

    /** Deletes a project (leaving a tombstone in the change feed); the press releases about it lose the link. */
    @Transactional
    public void delete(String id, String ifMatch, String editor) {
        Project project = lockForWrite(id, ifMatch);
        ProjectWrite before = ProjectWrite.of(project);
        List<String> releases = linkedPressReleases(id);
        project.delete();
        audit.record(editor, AuditService.Action.DELETE, TYPE, id, before, null);
        recordChanges(id, Action.DELETE, releases);
    }

    /** Sets (or, with both fields null, removes) the translation of title and summary into {@code lang}. */
    @Transactional
    public ProjectDto translate(String id, Language lang, TranslationDto translation, String ifMatch, String editor) {
        Project project = lockForWrite(id, ifMatch);
        ProjectWrite before = ProjectWrite.of(project);
        Map<String, TranslationDto> translations = new TreeMap<>(project.translations);
        translations.put(lang.tag(), translation);
        project.translations = TranslationDto.present(translations);
        project.lastUpdated = Instant.now();
        ProjectWrite after = ProjectWrite.of(project);
        audit.record(editor, AuditService.Action.UPDATE, TYPE, id, before, after);
        recordChanges(id, Action.UPSERT, titleChanged(before, after) ? linkedPressReleases(id) : List.of());
        return current(id);
    }

    /** The current ETags of a project, one per language, as GET sends them. */
    public Set<String> etags(String id) {
        ProjectView view = ProjectView.findById(id);
        return view == null ? Set.of() : representations.etags(lang -> ProjectDto.from(view, lang));
    }

    /** Locks the row until commit (a racing writer waits, then sees the new ETag and gets 412). */
    private Project lockForWrite(String id, String ifMatch) {
        Project project = Project.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ApiException.notFound("project", id);
        }
        Preconditions.requireMatch(ifMatch, etags(id));
        return project;
    }

    /** Rules beyond the body's own annotations: the period, and links to things that exist (422). */
    private void check(ProjectWrite body) {
        if (body.endDate().isBefore(body.startDate())) {
            throw ApiException.invalidBody("endDate", "must not be before startDate");
        }
        List<FieldError> unknown = new ArrayList<>();
        vocabularies.unknownReferences("countries", body.countries(), Reference.COUNTRY, unknown);
        vocabularies.unknownReferences("funders", body.funders(), Reference.FUNDER, unknown);
        vocabularies.unknownReferences("themes", body.themes(), Reference.THEME, unknown);
        vocabularies.unknownReferences("partners", body.partners(), Reference.PARTNER, unknown);
        if (!unknown.isEmpty()) {
            throw ApiException.unknownReferences(unknown);
        }
    }

    /**
     * Press releases show their projects' titles: when a title changes, or a project goes, they changed
     * too. Touches them and returns their ids.
     */
    @SuppressWarnings("unchecked")
    private List<String> linkedPressReleases(String id) {
        return em.createNativeQuery("UPDATE press_release SET last_updated = clock_timestamp() WHERE id IN"
                + " (SELECT press_release_id FROM press_release_project WHERE project_id = :id) RETURNING id", String.class)
                .setParameter("id", id).getResultList();
    }

    private static boolean titleChanged(ProjectWrite before, ProjectWrite after) {
        return !before.title().equals(after.title()) || !titles(before).equals(titles(after));
    }

    private static Map<String, String> titles(ProjectWrite p) {
        Map<String, String> titles = new TreeMap<>();
        p.translations().forEach((lang, t) -> titles.put(lang, t.title()));
        return titles;
    }

    /** The change feed entries, last in the transaction (see ChangeService#record). */
    private void recordChanges(String id, Action action, List<String> touchedPressReleases) {
        em.flush();
        touchedPressReleases.forEach(r -> changes.record(ResourceType.PRESS_RELEASE, r, Action.UPSERT));
        changes.record(ResourceType.PROJECT, id, action);
        dataVersion.refreshAfterCommit();
    }

    private ProjectDto current(String id) {
        em.flush();
        em.clear();
        return ProjectDto.from(ProjectView.findById(id), Language.EN);
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; Project.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
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
