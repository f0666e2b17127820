package org.ilo.cnmn.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which language a read is served in: {@code lang} first, else well-formed Accept-Language, else English. */
class LanguageTest {

    @Test
    void langChoosesTheLanguageWhateverTheHeaderSays() {
        assertEquals(Language.ZH, Language.negotiate("zh", null));
        assertEquals(Language.MN, Language.negotiate("mn", "zh"));
        assertEquals(Language.EN, Language.negotiate("en", "mn"));
        assertEquals(Language.ZH, Language.negotiate("ZH", null), "tags are case-insensitive");
    }

    @Test
    void anUnsupportedLangIsA400NamingLang() {
        ApiException e = assertThrows(ApiException.class, () -> Language.negotiate("fr", null));
        assertEquals(ProblemType.INVALID_PARAMETER, e.type());
        assertEquals("lang", e.errors().get(0).name());
    }

    @Test
    void withoutEitherTheReadIsInEnglish() {
        assertEquals(Language.EN, Language.negotiate(null, null));
    }

    @Test
    void acceptLanguagePicksTheSupportedLanguageOfHighestQuality() {
        assertEquals(Language.ZH, Language.negotiate(null, "zh"));
        assertEquals(Language.MN, Language.negotiate(null, "mn;q=0.9, zh;q=0.8, en;q=0.5"));
        assertEquals(Language.ZH, Language.negotiate(null, "fr, zh;q=0.5"), "unsupported ranges are skipped");
        assertEquals(Language.MN, Language.negotiate(null, "en;q=0.5, mn"));
        assertEquals(Language.ZH, Language.negotiate(null, "zh, mn"), "a tie goes to the first listed");
    }

    @Test
    void aRegionalRangeCountsAsItsLanguage() {
        assertEquals(Language.ZH, Language.negotiate(null, "zh-CN,zh;q=0.9"));
        assertEquals(Language.MN, Language.negotiate(null, "mn-MN"));
    }

    @Test
    void noSupportedRangeOrAWildcardMeansEnglish() {
        assertEquals(Language.EN, Language.negotiate(null, "fr, de;q=0.8"));
        assertEquals(Language.EN, Language.negotiate(null, "*"));
    }

    @Test
    void translationsAreChineseAndMongolianOnly() {
        assertEquals(Optional.of(Language.ZH), Language.translation("zh"));
        assertEquals(Optional.of(Language.MN), Language.translation("mn"));
        assertTrue(Language.translation("en").isEmpty(), "English is the base, not a translation");
        assertTrue(Language.translation("fr").isEmpty());
        assertEquals("zh", Language.ZH.tag());
    }
}
