package org.ilo.cnmn.project;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

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
@ApplicationScoped
public class ProjectContent implements ContentType<Project, ProjectWrite, ProjectDto> {

    private final Representations representations;
    private final Links links;

    public ProjectContent(Representations representations, Links links) {
        this.representations = representations;
        this.links = links;
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PROJECT;
    }

    @Override
    public Class<Project> entity() {
        return Project.class;
    }

    @Override
    public Class<ProjectWrite> writeModel() {
        return ProjectWrite.class;
    }

    @Override
    public Project create(String id) {
        Project project = new Project();
        project.id = id;
        return project;
    }

    @Override
    public String id(ProjectWrite body) {
        return body.id();
    }

    @Override
    public String title(ProjectWrite body) {
        return body.title();
    }

    @Override
    public ProjectWrite written(Project project) {
        return ProjectWrite.of(project);
    }

    @Override
    public void apply(ProjectWrite body, Project project) {
        body.applyTo(project);
    }

    /** The period, and links to things that exist. */
    @Override
    public void check(ProjectWrite body, References.Check references) {
        if (body.endDate().isBefore(body.startDate())) {
            throw ApiException.invalidBody("endDate", "must not be before startDate");
        }
        references.each("countries", body.countries(), Reference.COUNTRY)
                .each("funders", body.funders(), Reference.FUNDER)
                .each("themes", body.themes(), Reference.THEME)
                .each("partners", body.partners(), Reference.PARTNER);
    }

    @Override
    public Set<String> etags(String id) {
        ProjectView view = ProjectView.findById(id);
        return view == null ? Set.of() : representations.etags(lang -> ProjectDto.from(view, lang));
    }

    /** Press releases show their projects' titles: when a title changes, or a project goes, they change too. */
    @Override
    public List<ContentKey> showingChange(String id, ProjectWrite before, ProjectWrite after) {
        boolean shownChanged = before != null && (after == null || !before.title().equals(after.title())
                || !before.translatedTitles().equals(after.translatedTitles()));
        return shownChanged ? links.pressReleasesAbout(id) : List.of();
    }

    @Override
    public ProjectDto current(String id) {
        return ProjectDto.from(ProjectView.findById(id), Language.EN);
    }
}
