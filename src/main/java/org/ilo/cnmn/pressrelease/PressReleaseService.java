package org.ilo.cnmn.pressrelease;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.content.PublishedList;
import org.ilo.cnmn.content.PublishedReads;

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.Streamer;
import org.ilo.cnmn.vocabulary.VocabularyService;
import org.ilo.cnmn.content.References;
import org.ilo.cnmn.content.References.Reference;

@ApplicationScoped
public class PressReleaseService implements PublishedReads<PressReleaseQueryParams, PressReleaseFilter, PressReleaseDto> {

    @Inject PressReleaseQueries queries;
    @Inject KeysetPager pager;
    @Inject IloConfig config;
    @Inject Streamer streamer;
    @Inject VocabularyService vocabularies;
    @Inject References references;

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
        return pager.page(PressReleaseQueries.query(filter, sort, limit, config.search()), cursor,
                row -> PressReleaseDto.from(PressReleaseQueries.view(row), lang), PressReleaseQueries.LIST.facets(facets));
    }

    /** Every press release matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    @Override
    public void forEach(PressReleaseFilter filter, SortSpec sort, Consumer<PressReleaseDto> sink) {
        streamer.forEach(PressReleaseQueries.query(filter, sort, 0, null),
                row -> PressReleaseDto.from(PressReleaseQueries.view(row), Language.EN), sink);
    }

    /** Changes exactly when the press releases matching {@code filter}, or any of them, change. */
    @Override
    public String fingerprint(PressReleaseFilter filter) {
        return streamer.fingerprint(PressReleaseQueries.query(filter, sort(new QueryParams(), null, filter), 0, null),
                PressReleaseQueries.STAMP);
    }

    private void requireKnownProjects(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(references.existing(Reference.PROJECT, ids));
        if (!missing.isEmpty()) {
            throw ApiException.invalidParameter("project", "has unknown value"
                    + (missing.size() > 1 ? "s " : " ") + missing.stream().sorted().map(v -> "'" + v + "'")
                    .collect(Collectors.joining(", ")) + "; see /api/v1/projects");
        }
    }
}
