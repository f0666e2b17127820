package org.ilo.cnmn.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;
import org.ilo.cnmn.content.PressReleaseRef;
import org.ilo.cnmn.content.ProjectRef;
import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.pressrelease.PressReleaseDto;
import org.ilo.cnmn.project.ProjectDto;

/**
 * Bulk exports: the whole filtered data set, written row by row as the database cursor yields it,
 * so memory does not grow with the number of rows. NDJSON lines are exactly the API's JSON
 * representations; CSV flattens them, joining multi-valued fields with {@code ;}.
 */
@ApplicationScoped
public class ExportService {

    /** The file formats of the item exports. */
    enum Format {
        CSV("csv", ExportResource.CSV), NDJSON("ndjson", ExportResource.NDJSON);

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** One kind of item as exported: its part of the file name, and how CSV flattens it (header row, row per item). */
    record Kind<D>(String name, String[] columns, Function<D, Object[]> row) {
    }

    static final String[] PROJECT_COLUMNS = { "id", "title", "summary", "startDate", "endDate", "status",
            "countries", "countryNames", "region", "funders", "funderNames", "fundingNote", "themes", "themeNames",
            "partners", "partnerNames", "relatedPressReleases", "lastUpdated" };

    static final String[] PRESS_RELEASE_COLUMNS = { "id", "title", "publishedOn", "summary", "imageCredit",
            "countries", "countryNames", "themes", "themeNames", "relatedProjects", "lastUpdated" };

    static final Kind<ProjectDto> PROJECTS = new Kind<>("projects", PROJECT_COLUMNS, p -> new Object[] {
            p.id(), p.title(), p.summary(), p.startDate(), p.endDate(), p.status(),
            Csv.list(p.countries(), CountryRef::code), Csv.list(p.countries(), CountryRef::name), p.region(),
            Csv.list(p.funders(), NamedRef::id), Csv.list(p.funders(), NamedRef::name), p.fundingNote(),
            Csv.list(p.themes(), NamedRef::id), Csv.list(p.themes(), NamedRef::name),
            Csv.list(p.partners(), NamedRef::id), Csv.list(p.partners(), NamedRef::name),
            Csv.list(p.relatedPressReleases(), PressReleaseRef::id), p.lastUpdated() });

    static final Kind<PressReleaseDto> PRESS_RELEASES = new Kind<>("press-releases", PRESS_RELEASE_COLUMNS, r -> new Object[] {
            r.id(), r.title(), r.publishedOn(), r.summary(), r.image() == null ? null : r.image().credit(),
            Csv.list(r.countries(), CountryRef::code), Csv.list(r.countries(), CountryRef::name),
            Csv.list(r.themes(), NamedRef::id), Csv.list(r.themes(), NamedRef::name),
            Csv.list(r.relatedProjects(), ProjectRef::id), r.lastUpdated() });

    private static final int BUFFER = 64 * 1024;

    @Inject ObjectMapper json;

    /** Writes every item of {@code kind} that {@code filter} matches, in {@code sort} order. */
    public <F extends PublishedReads.Filter, D> void write(Format format, PublishedReads<?, F, D> reads, Kind<D> kind,
            F filter, SortSpec sort, OutputStream output) {
        write(output, out -> {
            switch (format) {
                case CSV -> {
                    Csv csv = new Csv(out);
                    csv.row((Object[]) kind.columns());
                    reads.forEach(filter, sort, item -> csv.row(kind.row().apply(item)));
                }
                case NDJSON -> reads.forEach(filter, sort, item -> line(out, item));
            }
        });
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
