package org.ilo.cnmn.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.project.ProjectDto;
import org.ilo.cnmn.project.ProjectFilter;
import org.ilo.cnmn.project.ProjectService;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

/**
 * Projects as IATI 2.03 activities, written with StAX as the database cursor yields them, so memory
 * does not grow with the number of projects. Only what the data states is published: no budgets or
 * transactions, and an organisation identifier only where it is certain.
 */
@ApplicationScoped
public class IatiExportService {

    /** The ILO's IATI organisation identifier (its OECD DAC donor code 41302). */
    static final String ILO_REF = "XM-DAC-41302";
    static final String ILO_NAME = "International Labour Organization";
    /** Activity identifiers must start with the reporting organisation's; the office's part keeps them apart. */
    static final String IDENTIFIER_PREFIX = ILO_REF + "-CN-MN-";

    private static final String MULTILATERAL = "40";
    private static final String FUNDING = "1";
    private static final String IMPLEMENTING = "4";
    private static final String OECD_DAC_REGIONS = "1";
    private static final String REPORTING_ORGANISATION_SECTORS = "99";
    private static final int BUFFER = 64 * 1024;

    private record Organisation(String ref, String type) {
    }

    private record Region(String code, String name) {
    }

    /** Funders whose IATI identifier is certain; the others are named without a ref rather than guessed. */
    private static final Map<String, Organisation> FUNDERS = Map.of("ilo", new Organisation(ILO_REF, MULTILATERAL));

    /**
     * The Asian regions of the OECD DAC list, where the office's regional programmes lie, by the name the
     * data gives a region; a region not listed is left out rather than guessed.
     */
    private static final Map<String, Region> REGIONS = Map.of(
            "Asia", new Region("798", "Asia, regional"),
            "Far East Asia", new Region("789", "Far East Asia, regional"),
            "South & Central Asia", new Region("689", "South & Central Asia, regional"),
            "South Asia", new Region("679", "South Asia, regional"),
            "Central Asia", new Region("619", "Central Asia, regional"));

    /** XML 1.0 cannot carry most control characters; a stray one pasted into a text must not break the file. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Inject ProjectService projects;

    /** Whether any project matches; the schema requires at least one activity in a file. */
    public boolean matchesAny(ProjectFilter filter, SortSpec sort) {
        return !projects.list(filter, sort, 1, null, Set.of(), Language.EN).items().isEmpty();
    }

    /**
     * Writes {@code <iati-activities>} with one activity per matching project. {@code generatedAt} also
     * fixes "today" for the actual dates; {@code themes} is the URL of the vocabulary the sectors use.
     */
    public void write(ProjectFilter filter, SortSpec sort, URI themes, Instant generatedAt, OutputStream output)
            throws IOException {
        LocalDate today = generatedAt.atZone(ZoneOffset.UTC).toLocalDate();
        String vocabulary = themes.toString();
        OutputStream buffered = new BufferedOutputStream(output, BUFFER);
        try {
            Xml xml = new Xml(FACTORY.createXMLStreamWriter(buffered, "UTF-8"));
            xml.out.writeStartDocument("UTF-8", "1.0");
            xml.out.writeCharacters("\n");
            xml.start("iati-activities", "version", "2.03", "generated-datetime", dateTime(generatedAt));
            projects.forEach(filter, sort, p -> {
                try {
                    activity(xml, p, vocabulary, today);
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException("Cannot write the IATI activities", e));
                }
            });
            xml.end();
            xml.out.writeCharacters("\n");
            xml.out.writeEndDocument();
            xml.out.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the IATI activities", e);
        }
        buffered.flush();
    }

    /** One activity, its elements in the order the schema's sequence requires. */
    private static void activity(Xml xml, ProjectDto p, String themes, LocalDate today) throws XMLStreamException {
        // No default-currency: nothing in an activity is an amount of money.
        xml.start("iati-activity", "last-updated-datetime", dateTime(p.lastUpdated()), "xml:lang", "en");
        xml.text("iati-identifier", IDENTIFIER_PREFIX + p.id());
        xml.start("reporting-org", "ref", ILO_REF, "type", MULTILATERAL);
        xml.text("narrative", ILO_NAME);
        xml.end();
        xml.start("title");
        xml.text("narrative", p.title());
        xml.end();
        // The schema requires a description; without a summary, the title is all the data says.
        xml.start("description", "type", "1");
        xml.text("narrative", p.summary() == null ? p.title() : p.summary());
        xml.end();
        for (NamedRef funder : p.funders()) {
            Organisation known = FUNDERS.get(funder.id());
            xml.start("participating-org", "ref", known == null ? null : known.ref(),
                    "type", known == null ? null : known.type(), "role", FUNDING);
            xml.text("narrative", funder.name());
            xml.end();
        }
        xml.start("participating-org", "ref", ILO_REF, "type", MULTILATERAL, "role", IMPLEMENTING);
        xml.text("narrative", ILO_NAME);
        xml.end();
        xml.empty("activity-status", "code", activityStatus(p.status()));
        xml.empty("activity-date", "type", "1", "iso-date", p.startDate().toString());
        // A cancelled project may have been stopped before its first day, so its start is not asserted.
        if (!p.startDate().isAfter(today) && !"cancelled".equals(p.status())) {
            xml.empty("activity-date", "type", "2", "iso-date", p.startDate().toString());
        }
        xml.empty("activity-date", "type", "3", "iso-date", p.endDate().toString());
        if ("completed".equals(p.status())) {
            xml.empty("activity-date", "type", "4", "iso-date", p.endDate().toString());
        }
        List<CountryRef> countries = p.countries();
        for (int i = 0; i < countries.size(); i++) {
            xml.start("recipient-country", "code", countries.get(i).code(),
                    "percentage", share(i, countries.size()));
            xml.text("narrative", countries.get(i).name());
            xml.end();
        }
        Region region = countries.isEmpty() && p.region() != null ? REGIONS.get(p.region()) : null;
        if (region != null) {
            xml.start("recipient-region", "code", region.code(), "vocabulary", OECD_DAC_REGIONS, "percentage", "100");
            xml.text("narrative", region.name());
            xml.end();
        }
        List<NamedRef> sectors = p.themes();
        for (int i = 0; i < sectors.size(); i++) {
            xml.start("sector", "vocabulary", REPORTING_ORGANISATION_SECTORS, "vocabulary-uri", themes,
                    "code", sectors.get(i).id(), "percentage", share(i, sectors.size()));
            xml.text("narrative", sectors.get(i).name());
            xml.end();
        }
        xml.end();
    }

    /** IATI ActivityStatus codes. */
    private static String activityStatus(String status) {
        return switch (status) {
            case "planned" -> "1";
            case "active" -> "2";
            case "completed" -> "4";
            case "cancelled" -> "5";
            case "suspended" -> "6";
            default -> throw new IllegalStateException("Unknown project status " + status);
        };
    }

    /** Share {@code index} of 100 split as evenly as whole numbers allow, so shares sum to 100: 3 → 34, 33, 33. */
    static String share(int index, int count) {
        return String.valueOf(100 / count + (index < 100 % count ? 1 : 0));
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Element writing with indentation; attributes are name/value pairs, and a null value leaves one out. */
    private static final class Xml {

        final XMLStreamWriter out;
        private int depth;
        private boolean afterEnd;

        Xml(XMLStreamWriter out) {
            this.out = out;
        }

        void start(String name, String... attributes) throws XMLStreamException {
            indent();
            out.writeStartElement(name);
            attributes(attributes);
            depth++;
            afterEnd = false;
        }

        void empty(String name, String... attributes) throws XMLStreamException {
            indent();
            out.writeEmptyElement(name);
            attributes(attributes);
            afterEnd = true;
        }

        void text(String name, String text) throws XMLStreamException {
            start(name);
            out.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
            depth--;
            out.writeEndElement();
            afterEnd = true;
        }

        void end() throws XMLStreamException {
            depth--;
            if (afterEnd) {
                indent();
            }
            out.writeEndElement();
            afterEnd = true;
        }

        private void indent() throws XMLStreamException {
            if (depth > 0 || afterEnd) {
                out.writeCharacters("\n" + "  ".repeat(depth));
            }
        }

        private void attributes(String... attributes) throws XMLStreamException {
            for (int i = 0; i < attributes.length; i += 2) {
                String value = attributes[i + 1];
                if (value == null) {
                    continue;
                }
                if (attributes[i].equals("xml:lang")) {
                    out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", value);
                } else {
                    out.writeAttribute(attributes[i], NOT_XML.matcher(value).replaceAll(""));
                }
            }
        }
    }
}
