package org.ilo.cnmn.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProblemPagesTest {

    @Test
    void escapesMarkupInText() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                ProblemPages.escape("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void backtickedSpansBecomeCodeButTheirContentStaysEscaped() {
        assertEquals("Send <code>If-Match: &lt;etag&gt;</code> again.", ProblemPages.prose("Send `If-Match: <etag>` again."));
    }

    @Test
    void everyProblemPageIsWellFormedAndShowsItsTypeAndAdvice() throws Exception {
        for (ProblemType type : ProblemType.values()) {
            Document page = parse(ProblemPages.page(type));
            assertEquals(type.title(), page.getElementsByTagName("h1").item(0).getTextContent(), type.name());
            String text = page.getDocumentElement().getTextContent();
            assertTrue(text.contains(type.uri()), type.name());
            assertTrue(text.contains(type.description().replace("`", "")), type.name());
            assertTrue(text.contains(type.howToFix().replace("`", "")), type.name());
            assertFalse(page.getElementsByTagName("title").item(0).getTextContent().isBlank(), type.name());
        }
    }

    @Test
    void indexLinksEveryProblemType() throws Exception {
        Document index = parse(ProblemPages.index());
        var links = index.getElementsByTagName("a");
        assertEquals(ProblemType.values().length, links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            assertEquals(ProblemType.values()[i].uri(), links.item(i).getAttributes().getNamedItem("href").getNodeValue());
        }
    }

    private static Document parse(String html) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
