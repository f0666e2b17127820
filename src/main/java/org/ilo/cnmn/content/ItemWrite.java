package org.ilo.cnmn.content;

import java.util.Map;
import java.util.TreeMap;

import org.ilo.cnmn.platform.params.Language;

/** A project or press release as editors write it: an optional id, a title, translations of title and summary. */
public interface ItemWrite<W extends ItemWrite<W>> {

    /** The id asked for, or null to derive one from the title. */
    String id();

    String title();

    Map<String, TranslationDto> translations();

    /** This with {@code translations} instead of its own. */
    W withTranslations(Map<String, TranslationDto> translations);

    /** This with {@code translation} in {@code language}; both fields null removes it. */
    default W translated(Language language, TranslationDto translation) {
        Map<String, TranslationDto> translations = new TreeMap<>(translations());
        translations.put(language.tag(), translation);
        return withTranslations(TranslationDto.present(translations));
    }

    /** The translated titles by language: what other items show of this one, with the English title. */
    default Map<String, String> translatedTitles() {
        Map<String, String> titles = new TreeMap<>();
        translations().forEach((lang, t) -> titles.put(lang, t.title()));
        return titles;
    }
}
