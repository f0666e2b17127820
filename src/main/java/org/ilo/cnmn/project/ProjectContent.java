package org.ilo.cnmn.project;

import java.util.List;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.ilo.cnmn.content.ContentKey;
import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.ContentType;
import org.ilo.cnmn.content.Links;
import org.ilo.cnmn.content.References;
import org.ilo.cnmn.content.References.Reference;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.problem.ApiException;

/** Projects as {@link org.ilo.cnmn.content.ContentWrites} writes them. */
@Singleton
public class ProjectContent extends ContentType<Project, ProjectWrite, ProjectDto> {

    private final Links links;
    private final ProjectQueries queries;

    ProjectContent(Representations representations, Links links, ProjectQueries queries) {
        super(ContentKind.PROJECT, Project.class, ProjectWrite.class, ProjectWrite::of, ProjectWrite::applyTo,
                representations);
        this.links = links;
        this.queries = queries;
    }

    @Override
    protected Project create(String id) {
        return new Project(id);
    }

    /** The period, and links to things that exist. */
    @Override
    protected void check(ProjectWrite body, References.Check references) {
        if (body.endDate().isBefore(body.startDate())) {
            throw ApiException.invalidBody("endDate", "must not be before startDate");
        }
        references.each("countries", body.countries(), Reference.COUNTRY)
                .each("funders", body.funders(), Reference.FUNDER)
                .each("themes", body.themes(), Reference.THEME)
                .each("partners", body.partners(), Reference.PARTNER);
    }

    @Override
    protected Function<Language, ProjectDto> representation(String id) {
        return queries.find(id).<Function<Language, ProjectDto>> map(view -> lang -> ProjectDto.from(view, lang))
                .orElse(null);
    }

    /** Press releases show their projects' titles: when a title changes, or a project goes, they change too. */
    @Override
    protected List<ContentKey> showingChange(String id, ProjectWrite before, ProjectWrite after) {
        boolean shownChanged = before != null && (after == null || !before.title().equals(after.title())
                || !before.translatedTitles().equals(after.translatedTitles()));
        return shownChanged ? links.pressReleasesAbout(id) : List.of();
    }
}
