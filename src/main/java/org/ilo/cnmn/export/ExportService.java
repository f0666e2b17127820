package org.ilo.cnmn.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.pressrelease.PressReleaseDto;
import org.ilo.cnmn.pressrelease.PressReleaseFilter;
import org.ilo.cnmn.content.PressReleaseRef;
import org.ilo.cnmn.pressrelease.PressReleaseService;
import org.ilo.cnmn.project.ProjectFilter;
import org.ilo.cnmn.content.ProjectRef;
import org.ilo.cnmn.project.ProjectService;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

/**
 * Bulk exports: the whole filtered data set, written row by row as the database cursor yields it,
 * so memory does not grow with the number of rows. NDJSON lines are exactly the API's JSON
 * representations; CSV flattens them, joining multi-valued fields with {@code ;}.
 */
@ApplicationScoped
public class ExportService {

    static final String[] PROJECT_COLUMNS = { "id", "title", "summary", "startDate", "endDate", "status",
            "countries", "countryNames", "region", "funders", "funderNames", "fundingNote", "themes", "themeNames",
            "partners", "partnerNames", "relatedPressReleases", "lastUpdated" };

    static final String[] PRESS_RELEASE_COLUMNS = { "id", "title", "publishedOn", "summary", "imageCredit",
            "countries", "countryNames", "themes", "themeNames", "relatedProjects", "lastUpdated" };

    private static final int BUFFER = 64 * 1024;

    private final ProjectService projects;
    private final PressReleaseService pressReleases;
    private final ObjectWriter json;

    public ExportService(ProjectService projects, PressReleaseService pressReleases, ObjectMapper mapper) {
        this.projects = projects;
        this.pressReleases = pressReleases;
        this.json = mapper.writer();
    }

    public void projectsCsv(ProjectFilter filter, SortSpec sort, OutputStream output) {
        write(output, out -> {
            Csv csv = new Csv(out);
            csv.row((Object[]) PROJECT_COLUMNS);
            projects.forEach(filter, sort, p -> csv.row(p.id(), p.title(), p.summary(), p.startDate(), p.endDate(),
                    p.status(), Csv.list(p.countries(), CountryRef::code), Csv.list(p.countries(), CountryRef::name),
                    p.region(), Csv.list(p.funders(), NamedRef::id), Csv.list(p.funders(), NamedRef::name),
                    p.fundingNote(), Csv.list(p.themes(), NamedRef::id), Csv.list(p.themes(), NamedRef::name),
                    Csv.list(p.partners(), NamedRef::id), Csv.list(p.partners(), NamedRef::name),
                    Csv.list(p.relatedPressReleases(), PressReleaseRef::id), p.lastUpdated()));
        });
    }

    public void projectsNdjson(ProjectFilter filter, SortSpec sort, OutputStream output) {
        write(output, out -> projects.forEach(filter, sort, p -> line(out, p)));
    }

    public void pressReleasesCsv(PressReleaseFilter filter, SortSpec sort, OutputStream output) {
        write(output, out -> {
            Csv csv = new Csv(out);
            csv.row((Object[]) PRESS_RELEASE_COLUMNS);
            pressReleases.forEach(filter, sort, r -> csv.row(r.id(), r.title(), r.publishedOn(), r.summary(),
                    r.image() == null ? null : r.image().credit(), Csv.list(r.countries(), CountryRef::code),
                    Csv.list(r.countries(), CountryRef::name), Csv.list(r.themes(), NamedRef::id),
                    Csv.list(r.themes(), NamedRef::name), Csv.list(r.relatedProjects(), ProjectRef::id),
                    r.lastUpdated()));
        });
    }

    public void pressReleasesNdjson(PressReleaseFilter filter, SortSpec sort, OutputStream output) {
        write(output, out -> pressReleases.forEach(filter, sort, (PressReleaseDto r) -> line(out, r)));
    }

    private void line(Writer out, Object value) {
        try {
            out.write(json.writeValueAsString(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(OutputStream output, Body body) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
