package org.ilo.cnmn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 rows: CRLF ends, quoting only where a field needs it, doubled quotes, lists joined with ';'. */
class CsvTest {

    private static String row(Object... fields) {
        StringWriter out = new StringWriter();
        new Csv(out).row(fields);
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRowsEndWithCrLf() {
        assertEquals("a,b c,42\r\n", row("a", "b c", 42));
    }

    @Test
    void nullIsAnEmptyField() {
        assertEquals(",x,\r\n", row(null, "x", null));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"a,b\"\r\n", row("a,b"));
        assertEquals("\"say \"\"hi\"\"\"\r\n", row("say \"hi\""));
        assertEquals("\"line\nbreak\",\"cr\rhere\"\r\n", row("line\nbreak", "cr\rhere"));
    }

    @Test
    void otherCharactersNeedNoQuoting() {
        assertEquals("it's;\u4e2d\u6587\t=1+1\r\n", row("it's;\u4e2d\u6587\t=1+1"));
    }

    @Test
    void listsAreJoinedWithTheDocumentedSeparator() {
        assertEquals("CN;MN", Csv.list(List.of("CN", "MN")));
        assertEquals("", Csv.list(List.of()));
        assertEquals("\"a,b;c\"\r\n", row(Csv.list(List.of("a,b", "c"))));
    }
}
