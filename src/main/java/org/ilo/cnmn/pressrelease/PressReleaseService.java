package org.ilo.cnmn.pressrelease;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import org.ilo.cnmn.audit.AuditService;
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

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.Streamer;
import org.ilo.cnmn.office.OfficeService;
import org.ilo.cnmn.project.ProjectService;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class PressReleaseService implements PublishedReads<PressReleaseQueryParams, PressReleaseFilter, PressReleaseDto> {

    static final String TYPE = "pressRelease";

    private final EntityManager em;
    private final PressReleaseQueries queries;
    private final KeysetPager pager;
    private final Streamer streamer;
    private final VocabularyService vocabularies;
    private final ProjectService projects;
    private final OfficeService office;
    private final Representations representations;
    private final MergePatches patches;
    private final AuditService audit;
    private final ChangeService changes;
    private final DataVersion dataVersion;

    public PressReleaseService(EntityManager em, PressReleaseQueries queries, KeysetPager pager, Streamer streamer, VocabularyService vocabularies,
            ProjectService projects, OfficeService office, Representations representations, MergePatches patches,
            AuditService audit, ChangeService changes, DataVersion dataVersion) {
        this.em = em;
        this.queries = queries;
        this.pager = pager;
        this.streamer = streamer;
        this.vocabularies = vocabularies;
        this.projects = projects;
        this.office = office;
        this.representations = representations;
        this.patches = patches;
        this.audit = audit;
        this.changes = changes;
        this.dataVersion = dataVersion;
    }

    @Override
    public PublishedList published() {
        return PressReleaseQueries.LIST;
    }

    @Override
    public PressReleaseFilter parse(QueryParams params, PressReleaseQueryParams raw) {
        return PressReleaseFilter.parse(params, raw);
    }

    @Override
    public Optional<PressReleaseDto> find(String id, Language lang) {
        return queries.find(id).map(r -> PressReleaseDto.from(r, lang));
    }

    /**
     * Answers 400 naming each filter parameter that refers to a country, theme or project that does not exist. Resources
     * call it while parsing, so its problems join the other parameters'; list, forEach and fingerprint then take
     * the filter as checked (checking again would repeat the lookups; an unknown id would only match nothing).
     */
    @Override
    public void requireKnown(PressReleaseFilter filter) {
        QueryParams checks = new QueryParams();
        checks.check(() -> vocabularies.requireKnown(filter.countries(), Set.of(), filter.themes()));
        checks.check(() -> requireKnownProjects(filter.projects()));
        checks.throwIfInvalid();
    }

    @Override
    public Slice<PressReleaseDto> list(PressReleaseFilter filter, SortSpec sort, int limit, String cursor,
            Set<String> facets, Language lang) {
        return pager.page(PressReleaseQueries.query(filter, sort, limit), cursor,
                row -> PressReleaseDto.from(PressReleaseQueries.view(row), lang), PressReleaseQueries.LIST.facets(facets));
    }

    /** Every press release matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    @Override
    public void forEach(PressReleaseFilter filter, SortSpec sort, Consumer<PressReleaseDto> sink) {
        streamer.forEach(PressReleaseQueries.query(filter, sort, 0),
                row -> PressReleaseDto.from(PressReleaseQueries.view(row), Language.EN), sink);
    }

    /** Changes exactly when the press releases matching {@code filter}, or any of them, change. */
    @Override
    public String fingerprint(PressReleaseFilter filter) {
        return streamer.fingerprint(PressReleaseQueries.query(filter, sort(new QueryParams(), null, filter), 0),
                PressReleaseQueries.STAMP);
    }

    /** Creates a press release; its id is the one given or one derived from the title. */
    @Transactional
    public PressReleaseDto create(PressReleaseWrite body, String editor) {
        String id = body.id() != null ? body.id() : freeId(Slugs.of(body.title(), "press-release"));
        if (PressRelease.findById(id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "A press release with id '" + id + "' exists already.");
        }
        check(body);
        PressRelease release = new PressRelease();
        release.id = id;
        body.applyTo(release);
        release.lastUpdated = Instant.now();
        release.persist();
        PressReleaseWrite after = PressReleaseWrite.of(release);
        audit.record(editor, AuditService.Action.CREATE, TYPE, id, null, after);
        recordChanges(id, Action.UPSERT, touchProjects(new TreeSet<>(after.relatedProjects())));
        return current(id);
    }

    /** Replaces a press release (PUT); {@code ifMatch} must name its current ETag. */
    @Transactional
    public PressReleaseDto replace(String id, PressReleaseWrite body, String ifMatch, String editor) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ApiException.invalidBody("id", "is immutable; it must be '" + id + "' or left out");
        }
        return update(lockForWrite(id, ifMatch), body, editor);
    }

    /** Applies an RFC 7396 merge patch to the press release as editors write it, then replaces it. */
    @Transactional
    public PressReleaseDto patch(String id, JsonNode patch, String ifMatch, String editor) {
        PressRelease release = lockForWrite(id, ifMatch);
        PressReleaseWrite body = patches.apply(PressReleaseWrite.of(release), patch, PressReleaseWrite.class);
        if (!id.equals(body.id())) {
            throw ApiException.invalidBody("id", "is immutable; it must be '" + id + "' or left out");
        }
        return update(release, body, editor);
    }

    /** Applies {@code body} to a row locked by {@link #lockForWrite}, with its audit entry and change records. */
    private PressReleaseDto update(PressRelease release, PressReleaseWrite body, String editor) {
        check(body);
        PressReleaseWrite before = PressReleaseWrite.of(release);
        body.applyTo(release);
        release.lastUpdated = Instant.now();
        PressReleaseWrite after = PressReleaseWrite.of(release);
        audit.record(editor, AuditService.Action.UPDATE, TYPE, release.id, before, after);
        recordChanges(release.id, Action.UPSERT, touchProjects(projectsShowingChange(before, after)));
        return current(release.id);
    }

    /** Deletes a press release, leaving a tombstone in the change feed. */
    @Transactional
    public void delete(String id, String ifMatch, String editor) {
        PressRelease release = lockForWrite(id, ifMatch);
        PressReleaseWrite before = PressReleaseWrite.of(release);
        office.pressReleaseDeleted(id, editor);
        release.delete();
        audit.record(editor, AuditService.Action.DELETE, TYPE, id, before, null);
        recordChanges(id, Action.DELETE, touchProjects(new TreeSet<>(before.relatedProjects())));
    }

    /** Sets (or, with both fields null, removes) the translation of title and summary into {@code lang}. */
    @Transactional
    public PressReleaseDto translate(String id, Language lang, TranslationDto translation, String ifMatch,
            String editor) {
        PressRelease release = lockForWrite(id, ifMatch);
        PressReleaseWrite before = PressReleaseWrite.of(release);
        Map<String, TranslationDto> translations = new TreeMap<>(release.translations);
        translations.put(lang.tag(), translation);
        release.translations = TranslationDto.present(translations);
        release.lastUpdated = Instant.now();
        PressReleaseWrite after = PressReleaseWrite.of(release);
        audit.record(editor, AuditService.Action.UPDATE, TYPE, id, before, after);
        recordChanges(id, Action.UPSERT, touchProjects(projectsShowingChange(before, after)));
        return current(id);
    }

    /** The current ETags of a press release, one per language, as GET sends them. */
    public Set<String> etags(String id) {
        return queries.find(id).map(view -> representations.etags(lang -> PressReleaseDto.from(view, lang)))
                .orElse(Set.of());
    }

    private PressRelease lockForWrite(String id, String ifMatch) {
        PressRelease release = PressRelease.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (release == null) {
            throw ApiException.notFound("press release", id);
        }
        Preconditions.requireMatch(ifMatch, etags(id));
        return release;
    }

    private void check(PressReleaseWrite body) {
        List<FieldError> unknown = new ArrayList<>();
        vocabularies.unknownReferences("countries", body.countries(), Reference.COUNTRY, unknown);
        vocabularies.unknownReferences("themes", body.themes(), Reference.THEME, unknown);
        Set<String> existing = body.relatedProjects().isEmpty() ? Set.of() : projects.existing(body.relatedProjects());
        for (int i = 0; i < body.relatedProjects().size(); i++) {
            if (!existing.contains(body.relatedProjects().get(i))) {
                unknown.add(new FieldError("relatedProjects[" + i + "]", "is not a known project; see /api/v1/projects"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unknownReferences(unknown);
        }
    }

    /**
     * Projects list their press releases with title and date: those whose list this write changes
     * (a link added or removed, or a shown field edited while linked).
     */
    private static Set<String> projectsShowingChange(PressReleaseWrite before, PressReleaseWrite after) {
        Set<String> affected = new TreeSet<>();
        boolean shownFieldsChanged = !before.title().equals(after.title())
                || !before.publishedOn().equals(after.publishedOn()) || !titles(before).equals(titles(after));
        if (shownFieldsChanged) {
            affected.addAll(before.relatedProjects());
            affected.addAll(after.relatedProjects());
        } else {
            Set<String> was = new TreeSet<>(before.relatedProjects());
            Set<String> is = new TreeSet<>(after.relatedProjects());
            affected.addAll(was);
            affected.addAll(is);
            was.retainAll(is);
            affected.removeAll(was);
        }
        return affected;
    }

    private static Map<String, String> titles(PressReleaseWrite r) {
        Map<String, String> titles = new TreeMap<>();
        r.translations().forEach((lang, t) -> titles.put(lang, t.title()));
        return titles;
    }

    private List<String> touchProjects(Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("UPDATE project SET last_updated = clock_timestamp() WHERE id IN (:ids)")
                .setParameter("ids", List.copyOf(ids)).executeUpdate();
        return List.copyOf(ids);
    }

    /** The change feed entries, last in the transaction (see ChangeService#record). */
    private void recordChanges(String id, Action action, List<String> touchedProjects) {
        em.flush();
        touchedProjects.forEach(p -> changes.record(ResourceType.PROJECT, p, Action.UPSERT));
        changes.record(ResourceType.PRESS_RELEASE, id, action);
        dataVersion.refreshAfterCommit();
    }

    private PressReleaseDto current(String id) {
        em.flush();
        em.clear();
        return PressReleaseDto.from(queries.find(id).orElseThrow(), Language.EN);
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; PressRelease.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
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
}
