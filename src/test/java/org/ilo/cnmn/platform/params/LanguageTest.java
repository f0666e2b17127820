package org.ilo.cnmn.platform.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** Language negotiation without the service: the lang parameter and Accept-Language (RFC 9110 §12.5.4). */
class LanguageTest {

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "mn;q=0.5, zh;q=0.9           | ZH",
            "en;q=0.3, mn;q=0.9, zh;q=0.5 | MN",
            "zh;q=0.3, mn;q=0.3           | ZH",
            "mn;q=0.3,zh;q=0.3            | MN",
            "fr, zh;q=0.1                 | ZH",
            "zh-Hant-TW                   | ZH",
            "MN-mn                        | MN",
            "zh;q=0, mn;q=0.2             | MN",
            "zh;q=0                       | EN",
            "*                            | EN",
            "fr, *;q=0.5, zh;q=0.4        | EN",
            "de-CH, fr;q=0.9              | EN" })
    void picksTheAcceptableSupportedLanguageOfHighestQuality(String header, Language expected) {
        assertEquals(expected, Language.negotiate(null, header));
    }

    @ParameterizedTest(name = "Accept-Language: \"{0}\" → en")
    @ValueSource(strings = { ";", "zz;q=2,,;", "", " ", ",", ",,", "zh;q=abc", "zh;q=-1", "zh;q=1.5", "zh;", ";q=0.5",
            "zh;q=0.5;q=0.6", "é", "zh\u0000", "\u00ff\u00fe", "zh-", "-zh", "zh--CN", "toolonglanguage",
            "zh;level=1", "mn, zh;q=2", "-", "--", "zh;q=0.5,-" })
    void aMalformedHeaderIsServedInEnglish(String header) {
        assertEquals(Language.EN, Language.negotiate(null, header));
    }

    @Test
    void withoutLangOrAcceptLanguageTheReadIsInEnglish() {
        assertEquals(Language.EN, Language.negotiate(null, null));
    }

    @Test
    void aVeryLongHeaderIsNoProblem() {
        assertEquals(Language.EN, Language.negotiate(null, "x".repeat(100_000)));
        assertEquals(Language.EN, Language.negotiate(null, "fr;q=0.5, ".repeat(5_000) + "de"));
        assertEquals(Language.MN, Language.negotiate(null, "fr;q=0.5, ".repeat(5_000) + "mn"));
    }

    @ParameterizedTest(name = "lang={0} → {1}")
    @CsvSource({ "en, EN", "zh, ZH", "mn, MN", "ZH, ZH", "zh-CN, ZH", "zh-Hans, ZH", "zh-Hant-TW, ZH", "mn-MN, MN",
            "mn-Cyrl-MN, MN", "en-GB, EN", "EN-us, EN" })
    void langTakesALanguageTagWithRegionOrScriptAsItsLanguage(String lang, Language expected) {
        assertEquals(expected, Language.negotiate(lang, "mn"));
    }

    @ParameterizedTest(name = "lang={0} → 400")
    @ValueSource(strings = { "fr", "fr-CN", "zh_CN", "zh-", "", "english", "zh-Hans-", "*", "x-zh" })
    void langOfAnotherLanguageOrIllFormedIsInvalid(String lang) {
        ApiException e = assertThrows(ApiException.class, () -> Language.negotiate(lang, "zh"));
        assertEquals(ProblemType.INVALID_PARAMETER, e.type());
        assertEquals("lang", e.errors().get(0).name());
    }

    @Test
    void translationsAreWrittenOnlyUnderTheirExactTag() {
        assertEquals(Language.ZH, Language.translation("zh").orElseThrow());
        assertEquals(true, Language.translation("zh-CN").isEmpty());
        assertEquals(true, Language.translation("en").isEmpty());
    }
}
