package org.ilo.cnmn.project;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.content.PublishedList;
import org.ilo.cnmn.content.PublishedReads;

import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.Streamer;
import org.ilo.cnmn.vocabulary.VocabularyService;

@ApplicationScoped
public class ProjectService implements PublishedReads<ProjectQueryParams, ProjectFilter, ProjectDto> {

    @Inject ProjectQueries queries;
    @Inject KeysetPager pager;
    @Inject IloConfig config;
    @Inject Streamer streamer;
    @Inject VocabularyService vocabularies;

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
        return pager.page(ProjectQueries.query(filter, sort, limit, config.search()), cursor,
                row -> ProjectDto.from(ProjectQueries.view(row), lang), ProjectQueries.LIST.facets(facets));
    }

    /** Every project matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    @Override
    public void forEach(ProjectFilter filter, SortSpec sort, Consumer<ProjectDto> sink) {
        streamer.forEach(ProjectQueries.query(filter, sort, 0, null), row -> ProjectDto.from(ProjectQueries.view(row),
                Language.EN), sink);
    }

    /** Changes exactly when the projects matching {@code filter}, or any of them, change. */
    @Override
    public String fingerprint(ProjectFilter filter) {
        return streamer.fingerprint(ProjectQueries.query(filter, sort(new QueryParams(), null, filter), 0, null),
                ProjectQueries.STAMP);
    }
}
