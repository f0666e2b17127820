package org.ilo.cnmn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ids derived from English titles. */
class SlugsTest {

    @Test
    void wordsBecomeLowerCaseAndHyphenated() {
        assertEquals("decent-work-mongolia", Slugs.of("Decent Work – Mongolia", "x"));
        assertEquals("score-phase-iii-china", Slugs.of("SCORE (Phase III): China!", "x"));
    }

    @Test
    void accentsAreDroppedNotTheLetters() {
        assertEquals("cafe-economie", Slugs.of("Café Économie", "x"));
    }

    @Test
    void noLeadingOrTrailingHyphens() {
        assertEquals("a-b", Slugs.of("  --a  b--  ", "x"));
    }

    @Test
    void aTitleWithoutLatinLettersOrDigitsGetsTheFallback() {
        assertEquals("press-release-7", Slugs.of("中华人民共和国", "press-release-7"));
        assertEquals("fallback", Slugs.of("!!!", "fallback"));
        assertEquals("fallback", Slugs.of("", "fallback"));
    }

    @Test
    void longTitlesAreCutAtEightyWithoutATrailingHyphen() {
        String slug = Slugs.of("word ".repeat(40), "x");
        assertTrue(slug.length() <= 80, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(slug.startsWith("word-word-"), slug);
    }
}
