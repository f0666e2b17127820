package org.ilo.cnmn.platform.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The HTML pages of the problem types: two small fixed layouts, written out here because a template
 * engine would be one more extension for ~20 lines of markup. Every text is escaped; the markup is
 * well-formed XML as well as HTML.
 */
public final class ProblemPages {

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    private ProblemPages() {
    }

    public static String page(ProblemType type) {
        return document(type.title(), "<h1>" + escape(type.title()) + "</h1>\n"
                + "<p>HTTP status <strong>" + type.status() + "</strong>; problem type <code>" + escape(type.uri())
                + "</code>.</p>\n"
                + "<h2>What it means</h2>\n<p>" + prose(type.description()) + "</p>\n"
                + "<h2>How to fix the request</h2>\n<p>" + prose(type.howToFix()) + "</p>\n"
                + "<p><a href=\"/problems\">All problem types</a></p>\n");
    }

    public static String index() {
        StringBuilder items = new StringBuilder();
        for (ProblemType type : ProblemType.values()) {
            items.append("<li><a href=\"").append(escape(type.uri())).append("\">").append(escape(type.title()))
                    .append("</a> (").append(type.status()).append("): ").append(prose(type.description()))
                    .append("</li>\n");
        }
        return document("Problem types", "<h1>Problem types</h1>\n<p>Every error this API answers is "
                + "<code>application/problem+json</code> (RFC 9457) whose <code>type</code> is one of these.</p>\n"
                + "<ul>\n" + items + "</ul>\n");
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text in which `backticked` spans become code. */
    static String prose(String text) {
        Matcher m = CODE.matcher(escape(text));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        }
        return m.appendTail(out).toString();
    }

    private static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escape(title)
                + " – ILO CNMN open data API</title>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
