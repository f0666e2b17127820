package org.ilo.cnmn.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;

/** The IATI 2.03 export of projects, against the seed content and the official schema. */
@QuarkusTest
class IatiExportTest {

    static final String PATH = "/api/v1/exports/iati-activities.xml";
    /** The official IATI 2.03 schemas, vendored with their licence; their includes resolve beside them. */
    static final String SCHEMA = "/iati-2.03/iati-activities-schema.xsd";

    private static byte[] fetch(String... query) {
        var request = given();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get(PATH).then().statusCode(200)
                .contentType("application/xml")
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}(-gzip)?\""))
                .header("Content-Disposition",
                        matchesPattern("attachment; filename=\"ilo-cnmn-iati-activities-\\d{4}-\\d{2}-\\d{2}\\.xml\""))
                .extract().asByteArray();
    }

    /** The export as XPath sees it. */
    private record Xml(Document document, XPath xpath) {

        static Xml parse(byte[] body) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)),
                    XPathFactory.newInstance().newXPath());
        }

        String text(String expression) throws Exception {
            return xpath.evaluate(expression, document);
        }

        int count(String expression) throws Exception {
            return ((Double) xpath.evaluate("count(" + expression + ")", document, XPathConstants.NUMBER)).intValue();
        }

        List<String> all(String expression) throws Exception {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            return IntStream.range(0, nodes.getLength())
                    .mapToObj(i -> nodes.item(i).getTextContent()).toList();
        }

        /** The activity of one project, as an XPath prefix. */
        static String activity(String projectId) {
            return "/iati-activities/iati-activity[iati-identifier='XM-DAC-41302-CN-MN-" + projectId + "']";
        }
    }

    @Test
    void exportIsValidAgainstTheIatiSchema() throws Exception {
        URL schema = Objects.requireNonNull(IatiExportTest.class.getResource(SCHEMA), SCHEMA + " on the test classpath");
        byte[] body = fetch();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schema).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(body)));
    }

    @Test
    void everyProjectIsAnActivityReportedAndImplementedByTheIlo() throws Exception {
        Xml xml = Xml.parse(fetch());
        assertEquals("2.03", xml.text("/iati-activities/@version"));
        assertEquals(10, xml.count("/iati-activities/iati-activity"));
        assertEquals(10, xml.count("//iati-activity[starts-with(iati-identifier, 'XM-DAC-41302-CN-MN-')]"
                + "[reporting-org/@ref='XM-DAC-41302'][reporting-org/@type='40']"
                + "[reporting-org/narrative='International Labour Organization']"
                + "[participating-org[@role='4'][@ref='XM-DAC-41302']][activity-status/@code='4']"));
    }

    @Test
    void activitiesCarryTheProjectsFacts() throws Exception {
        Xml xml = Xml.parse(fetch());
        String score = Xml.activity("score-phase-3-china");
        assertEquals("Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China",
                xml.text(score + "/title/narrative"));
        assertEquals("en", xml.text(score + "/@*[name()='xml:lang']"));
        assertEquals(List.of("2017-11-01", "2017-11-01", "2021-10-31", "2021-10-31"),
                xml.all(score + "/activity-date/@iso-date"));
        assertEquals(List.of("1", "2", "3", "4"), xml.all(score + "/activity-date/@type"));
        assertEquals("CN", xml.text(score + "/recipient-country/@code"));
        assertEquals("100", xml.text(score + "/recipient-country/@percentage"));
        assertTrue(xml.text(score + "/description[@type='1']/narrative").startsWith("Sustaining Competitive"));

        String regional = Xml.activity("responsible-supply-chains-asia");
        assertEquals(0, xml.count(regional + "/recipient-country"));
        assertEquals("798", xml.text(regional + "/recipient-region/@code"));
        assertEquals("1", xml.text(regional + "/recipient-region/@vocabulary"));
        assertEquals("Asia, regional", xml.text(regional + "/recipient-region/narrative"));

        String eu = Xml.activity("universal-social-protection-china");
        assertEquals(List.of("European Union"), xml.all(eu + "/participating-org[@role='1']/narrative"));
        assertEquals(0, xml.count(eu + "/participating-org[@role='1'][@ref]"));
        assertEquals("XM-DAC-41302", xml.text(Xml.activity("formal-employment-mongolia")
                + "/participating-org[@role='1']/@ref"));
        assertEquals(0, xml.count(Xml.activity("score-phase-3-china") + "/participating-org[@role='1']"));

        String cotton = Xml.activity("fprw-cotton-supply-chain-china");
        assertEquals(List.of("labour-standards", "social-dialogue", "supply-chains"),
                xml.all(cotton + "/sector/@code").stream().sorted().toList());
        assertEquals(List.of("34", "33", "33"), xml.all(cotton + "/sector/@percentage"));
        assertEquals(3, xml.count(cotton + "/sector[@vocabulary='99']"));
        assertTrue(xml.text(cotton + "/sector/@vocabulary-uri").matches("https?://.+/api/v1/themes"));
    }

    @Test
    void listFiltersApply() throws Exception {
        Xml xml = Xml.parse(fetch("country", "MN"));
        assertEquals(3, xml.count("/iati-activities/iati-activity"));
        assertEquals(3, xml.count("//iati-activity[recipient-country/@code='MN']"));
        assertEquals(1, Xml.parse(fetch("funder", "ilo", "theme", "employment")).count("//iati-activity"));
    }

    @Test
    void unchangedExportIsNotModified() {
        String etag = given().get(PATH).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        String mongolia = given().queryParam("country", "MN").get(PATH).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, mongolia, "a filtered export has its own ETag");
    }

    @Test
    void invalidFilterIsABadRequest() {
        given().queryParam("country", "XYZ").get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors.name[0]", equalTo("country"))
                .body(not(containsString("Exception")));
    }

    @Test
    void onlyXmlIsOffered() {
        given().accept("application/json").get(PATH)
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void noMatchingProjectIsNotFoundBecauseAFileNeedsAnActivity() {
        given().queryParam("status", "planned").get(PATH)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo(PATH));
    }
}
