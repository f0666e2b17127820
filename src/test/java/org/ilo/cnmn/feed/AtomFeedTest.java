package org.ilo.cnmn.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The Atom feed of press releases, parsed as namespaced XML, against the seed content. */
@QuarkusTest
class AtomFeedTest {

    private static final String FEED = "/api/v1/feeds/press-releases.atom";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ENTRY_ID_PREFIX = "tag:ilo.org,2026:cn-mn/press-releases/";
    // RFC 3339 §5.6 date-time, upper-case T and Z as the API promises
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @Test
    void listsEveryPressReleaseNewestFirst() throws Exception {
        Element feed = feed(given().get(FEED).then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().response());
        assertEquals("tag:ilo.org,2026:cn-mn/press-releases", text(feed, "id"));
        assertEquals("ILO Country Office for China and Mongolia – press releases", text(feed, "title"));
        assertEquals("ILO Country Office for China and Mongolia", text(child(feed, "author"), "name"));

        List<Element> entries = children(feed, "entry");
        assertEquals(20, entries.size());
        assertEquals(ENTRY_ID_PREFIX + "future-of-work-in-china", text(entries.get(0), "id"));
        assertEquals(ENTRY_ID_PREFIX + "multinationals-social-protection", text(entries.get(19), "id"));
        for (int i = 1; i < entries.size(); i++) {
            String previous = text(entries.get(i - 1), "published");
            String current = text(entries.get(i), "published");
            assertTrue(previous.compareTo(current) >= 0, "published " + previous + " before " + current);
        }
    }

    @Test
    void timestampsAreRfc3339AndFeedUpdatedIsTheLatestEntry() throws Exception {
        Element feed = feed(given().get(FEED).then().statusCode(200).extract().response());
        Instant latest = Instant.MIN;
        for (Element entry : children(feed, "entry")) {
            Instant updated = rfc3339(text(entry, "updated"));
            latest = updated.isAfter(latest) ? updated : latest;
            assertTrue(text(entry, "published").endsWith("T00:00:00Z"), text(entry, "published"));
            rfc3339(text(entry, "published"));
        }
        assertEquals(latest, rfc3339(text(feed, "updated")));
    }

    @Test
    void entryIdsAreUniqueAndIndependentOfTheFilter() throws Exception {
        List<String> all = entryIds(given().get(FEED).then().statusCode(200).extract().response());
        assertEquals(all.size(), new HashSet<>(all).size());
        assertEquals(all, entryIds(given().get(FEED).then().statusCode(200).extract().response()));
        List<String> mongolia = entryIds(given().queryParam("country", "MN").get(FEED)
                .then().statusCode(200).extract().response());
        assertTrue(all.containsAll(mongolia));
    }

    @Test
    void entriesLinkToTheirJsonResourcesAndCarryThemes() throws Exception {
        Element feed = feed(given().get(FEED).then().statusCode(200).extract().response());
        Element listLink = link(feed, "alternate");
        assertEquals("application/json", listLink.getAttribute("type"));
        assertTrue(listLink.getAttribute("href").endsWith("/api/v1/press-releases"), listLink.getAttribute("href"));
        assertTrue(link(feed, "self").getAttribute("href").endsWith(FEED));

        for (Element entry : children(feed, "entry")) {
            String id = text(entry, "id").substring(ENTRY_ID_PREFIX.length());
            Element alternate = link(entry, "alternate");
            assertEquals("application/json", alternate.getAttribute("type"));
            String href = alternate.getAttribute("href");
            assertTrue(href.matches("https?://.+/api/v1/press-releases/" + Pattern.quote(id)), href);
            List<String> themes = given().get(href).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("title", equalTo(text(entry, "title")))
                    .extract().jsonPath().getList("themes.id", String.class);
            assertEquals(themes, children(entry, "category").stream().map(c -> c.getAttribute("term")).toList());
        }
    }

    @Test
    void summaryIsLeftOutWhereTheReleaseHasNone() throws Exception {
        Element feed = feed(given().get(FEED).then().statusCode(200).extract().response());
        Element entry = children(feed, "entry").stream()
                .filter(e -> text(e, "id").equals(ENTRY_ID_PREFIX + "hong-kong-seafarers-rights"))
                .findFirst().orElseThrow();
        assertTrue(children(entry, "summary").isEmpty());
    }

    @Test
    void filtersLikeThePressReleaseList() throws Exception {
        Response mongolia = given().queryParam("country", "MN").get(FEED).then().statusCode(200).extract().response();
        assertEquals(List.of("mongolia-50-years-ilo-membership", "director-credentials-mongolia", "gsp-plus-3-kick-off",
                "nhrcm-labour-rights-smes", "monef-ready2export"),
                entryIds(mongolia).stream().map(id -> id.substring(ENTRY_ID_PREFIX.length())).toList());
        String list = link(feed(mongolia), "alternate").getAttribute("href");
        assertTrue(list.endsWith("/api/v1/press-releases?country=MN"), list);
        given().get(list).then().statusCode(200).body("page.totalItems", equalTo(5));
    }

    @Test
    void answersNotModifiedToItsOwnETag() {
        Response first = given().get(FEED).then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);
        assertNotNull(first.header("Last-Modified"));
        given().header("If-None-Match", etag).get(FEED)
                .then().statusCode(304).header("ETag", etag);
        given().header("If-Modified-Since", first.header("Last-Modified")).get(FEED)
                .then().statusCode(304);
        given().queryParam("country", "MN").header("If-None-Match", etag).get(FEED)
                .then().statusCode(200);
    }

    @Test
    void rejectsBadParametersWithProblemJson() {
        given().queryParam("limit", 10).get(FEED)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].name", equalTo("limit"));
        given().queryParam("country", "Mongolia").get(FEED)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("country"));
        given().queryParam("country", "FR").get(FEED)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("country"));
    }

    @Test
    void refusesJsonOnlyClients() {
        given().accept("application/json").get(FEED)
                .then().statusCode(406).contentType("application/problem+json");
    }

    private static Element feed(Response response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        Element feed = document.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        return feed;
    }

    private static List<String> entryIds(Response response) throws Exception {
        return children(feed(response), "entry").stream().map(e -> text(e, "id")).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        Node node = child(parent, name);
        assertFalse(node.getTextContent().isBlank(), "atom:" + name + " is empty");
        return node.getTextContent();
    }

    private static Element link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .reduce((a, b) -> { throw new AssertionError("two links rel=" + rel); })
                .orElseThrow(() -> new AssertionError("no link rel=" + rel));
    }

    private static Instant rfc3339(String value) {
        assertTrue(RFC_3339.matcher(value).matches(), value + " is not RFC 3339");
        return OffsetDateTime.parse(value).toInstant();
    }
}
