package org.ilo.cnmn.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.ilo.cnmn.content.PublishedList;
import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.content.Slugs;
import org.ilo.cnmn.content.TranslationDto;
import org.ilo.cnmn.changes.ChangeService;
import org.ilo.cnmn.changes.ChangeService.Action;
import org.ilo.cnmn.changes.ChangeService.ResourceType;
import org.ilo.cnmn.vocabulary.VocabularyService.Reference;

import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.Streamer;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class ProjectService implements PublishedReads<ProjectQueryParams, ProjectFilter, ProjectDto> {

    static final String TYPE = "project";

    private final EntityManager em;
    private final ProjectQueries queries;
    private final KeysetPager pager;
    private final Streamer streamer;
    private final VocabularyService vocabularies;
    private final Representations representations;
    private final MergePatches patches;
    private final AuditService audit;
    private final ChangeService changes;
    private final DataVersion dataVersion;

    public ProjectService(EntityManager em, ProjectQueries queries, KeysetPager pager, Streamer streamer, VocabularyService vocabularies,
            Representations representations, MergePatches patches, AuditService audit, ChangeService changes,
            DataVersion dataVersion) {
        this.em = em;
        this.queries = queries;
        this.pager = pager;
        this.streamer = streamer;
        this.vocabularies = vocabularies;
        this.representations = representations;
        this.patches = patches;
        this.audit = audit;
        this.changes = changes;
        this.dataVersion = dataVersion;
    }

    @Override
    public PublishedList published() {
        return ProjectQueries.LIST;
    }

    @Override
    public ProjectFilter parse(QueryParams params, ProjectQueryParams raw) {
        return ProjectFilter.parse(params, raw);
    }

    /** Those of {@code ids} that are projects. */
    public Set<String> existing(Collection<String> ids) {
        return queries.existing(ids);
    }

    @Override
    public Optional<ProjectDto> find(String id, Language lang) {
        return queries.find(id).map(p -> ProjectDto.from(p, lang));
    }

    /**
     * Answers 400 naming each filter parameter that refers to a country, funder or theme that does not exist. Resources
     * call it while parsing, so its problems join the other parameters'; list, forEach and fingerprint then take
     * the filter as checked (checking again would repeat the lookups; an unknown id would only match nothing).
     */
    @Override
    public void requireKnown(ProjectFilter filter) {
        vocabularies.requireKnown(filter.countries(), filter.funders(), filter.themes());
    }

    @Override
    public Slice<ProjectDto> list(ProjectFilter filter, SortSpec sort, int limit, String cursor, Set<String> facets,
            Language lang) {
        return pager.page(ProjectQueries.query(filter, sort, limit), cursor,
                row -> ProjectDto.from(ProjectQueries.view(row), lang), ProjectQueries.LIST.facets(facets));
    }

    /** Every project matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    @Override
    public void forEach(ProjectFilter filter, SortSpec sort, Consumer<ProjectDto> sink) {
        streamer.forEach(ProjectQueries.query(filter, sort, 0), row -> ProjectDto.from(ProjectQueries.view(row),
                Language.EN), sink);
    }

    /** Changes exactly when the projects matching {@code filter}, or any of them, change. */
    @Override
    public String fingerprint(ProjectFilter filter) {
        return streamer.fingerprint(ProjectQueries.query(filter, sort(new QueryParams(), null, filter), 0),
                ProjectQueries.STAMP);
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
        return queries.find(id).map(view -> representations.etags(lang -> ProjectDto.from(view, lang)))
                .orElse(Set.of());
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
        return ProjectDto.from(queries.find(id).orElseThrow(), Language.EN);
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; Project.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
