package org.ilo.cnmn.feed;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.pressrelease.PressReleaseDto;
import org.ilo.cnmn.pressrelease.PressReleaseFilter;
import org.ilo.cnmn.pressrelease.PressReleaseService;
import org.ilo.cnmn.content.NamedRef;

/**
 * The newest press releases as an Atom feed (RFC 4287). Feed and entry ids are tag URIs (RFC 4151) made
 * from the release id alone, so a reader keeps recognising an entry after edits and whichever host served it.
 */
@ApplicationScoped
public class FeedService {

    static final String ATOM = "application/atom+xml";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final int SIZE = 50;
    static final String PRESS_RELEASES_ID = "tag:ilo.org,2026:cn-mn/press-releases";
    static final String PRESS_RELEASES_TITLE = "ILO Country Office for China and Mongolia – press releases";
    static final String AUTHOR = "ILO Country Office for China and Mongolia";

    // StAX factories are thread-safe once configured; looking one up per request is slow.
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** A serialised feed and its {@code updated} instant, which is also its Last-Modified. */
    public record Feed(byte[] body, Instant updated) {
    }

    @Inject PressReleaseService pressReleases;

    /**
     * The {@value #SIZE} newest press releases matching {@code filter}, newest first.
     * {@code base} is the API's absolute base URI, {@code self} the absolute URL the feed was requested at.
     */
    public Feed pressReleases(PressReleaseFilter filter, URI base, URI self) {
        // A feed is a "what's new" list whatever the filter, so even with q the order is by date.
        SortSpec newestFirst = pressReleases.sort(new QueryParams(), "-publishedOn", filter);
        List<PressReleaseDto> releases = pressReleases.list(filter, newestFirst, SIZE, null, Set.of(), Language.EN).items();
        Instant updated = releases.stream().map(PressReleaseDto::lastUpdated).max(Comparator.naturalOrder())
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        // The JSON alternate is the list with the same filters, so a subscriber can page beyond the feed.
        String list = base.resolve("api/v1/press-releases")
                + (self.getRawQuery() == null ? "" : "?" + self.getRawQuery());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("feed");
            // Children are written unprefixed and so inherit this default namespace.
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
            text(xml, "id", PRESS_RELEASES_ID);
            text(xml, "title", PRESS_RELEASES_TITLE);
            text(xml, "updated", rfc3339(updated));
            link(xml, "self", ATOM, self.toString());
            link(xml, "alternate", MediaType.APPLICATION_JSON, list);
            xml.writeStartElement("author");
            text(xml, "name", AUTHOR);
            xml.writeEndElement();
            for (PressReleaseDto release : releases) {
                entry(xml, release, base);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the press release feed", e);
        }
        return new Feed(out.toByteArray(), updated);
    }

    private static void entry(XMLStreamWriter xml, PressReleaseDto release, URI base) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", PRESS_RELEASES_ID + "/" + release.id());
        text(xml, "title", release.title());
        text(xml, "updated", rfc3339(release.lastUpdated()));
        text(xml, "published", rfc3339(release.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (release.summary() != null) {
            text(xml, "summary", release.summary());
        }
        link(xml, "alternate", MediaType.APPLICATION_JSON, base.resolve("api/v1/press-releases/" + release.id())
                .toString());
        String themes = base.resolve("api/v1/themes").toString();
        for (NamedRef theme : release.themes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("scheme", themes);
            xml.writeAttribute("term", theme.id());
            xml.writeAttribute("label", theme.name());
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
